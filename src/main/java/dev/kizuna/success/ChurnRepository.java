package dev.kizuna.success;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over {@code success_churn} and {@code success_churn_reason}; joins {@code company} read-only for names. */
@Repository
class ChurnRepository {

    static final KeysetOrder ORDER = new KeysetOrder("h.churned_on", "date", "h.id", true);
    private static final String SELECT = """
            select h.*, c.name as company_name, r.name as reason_name from success_churn h
            join company c on c.id = h.company_id join success_churn_reason r on r.id = h.reason_id
            """;

    private final JdbcClient jdbc;

    ChurnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Churn> find(UUID id) {
        return jdbc.sql(SELECT + " where h.id = ?").param(id).query(ChurnRepository::map).optional();
    }

    Optional<Churn> ofContract(UUID contractId) {
        return jdbc.sql(SELECT + " where h.contract_id = ?").param(contractId).query(ChurnRepository::map).optional();
    }

    void insert(Churn c, UUID actor) {
        jdbc.sql("""
                insert into success_churn (id, contract_id, company_id, churned_on, reason_id, questions, answers,
                    cause, improvement, created_by, updated_by)
                values (:id, :contract, :company, :on, :reason, :q, :a, :cause, :improvement, :actor, :actor)
                """).param("id", c.id()).param("contract", c.contractId()).param("company", c.companyId())
                .param("on", c.churnedOn()).param("reason", c.reasonId()).param("q", c.questions())
                .param("a", c.answers()).param("cause", c.cause()).param("improvement", c.improvement())
                .param("actor", actor).update();
    }

    boolean updateInterview(UUID id, long version, Churn c, UUID actor) {
        return jdbc.sql("""
                update success_churn set reason_id = :reason, questions = :q, answers = :a, cause = :cause,
                    improvement = :improvement, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version
                """).param("reason", c.reasonId()).param("q", c.questions()).param("a", c.answers())
                .param("cause", c.cause()).param("improvement", c.improvement()).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    List<Churn> page(UUID companyId, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        List<Object> args = new ArrayList<>();
        if (companyId != null) {
            sql.append(" and h.company_id = ?");
            args.add(companyId);
        }
        ORDER.appendAfter(sql, args, after);
        ORDER.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(ChurnRepository::map).list();
    }

    List<ChurnReason> reasons() {
        return jdbc.sql("select * from success_churn_reason order by position, name").query((rs, n) ->
                new ChurnReason(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("position"),
                        rs.getBoolean("retired"))).list();
    }

    boolean reasonNameTaken(String name) {
        return jdbc.sql("select count(*) from success_churn_reason where lower(name) = lower(?)").param(name)
                .query(Long.class).single() > 0;
    }

    void addReason(UUID id, String name) {
        jdbc.sql("""
                insert into success_churn_reason (id, name, position)
                values (?, ?, (select coalesce(max(position), 0) + 1 from success_churn_reason))
                """).params(id, name).update();
    }

    private static Churn map(ResultSet rs, int n) throws SQLException {
        return new Churn(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getObject("churned_on", LocalDate.class), rs.getObject("reason_id", UUID.class),
                rs.getString("reason_name"), rs.getString("questions"), rs.getString("answers"),
                rs.getString("cause"), rs.getString("improvement"), rs.getLong("version"));
    }
}

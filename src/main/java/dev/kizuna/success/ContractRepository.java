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

/**
 * Plain SQL over {@code success_contract}, its plan changes and renewals. Joins {@code company} and {@code app_user}
 * read-only for names.
 */
@Repository
class ContractRepository {

    static final KeysetOrder RENEWAL_ORDER = new KeysetOrder("k.ends_on", "date", "k.id", false);
    private static final String SELECT = """
            select k.*, c.name as company_name, u.display_name as owner_name from success_contract k
            join company c on c.id = k.company_id left join app_user u on u.id = k.renewal_owner_user_id
            """;

    private final JdbcClient jdbc;

    ContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Contract> find(UUID id) {
        return jdbc.sql(SELECT + " where k.id = ?").param(id).query(ContractRepository::map).optional();
    }

    List<Contract> ofCompany(UUID companyId) {
        return jdbc.sql(SELECT + " where k.company_id = ? order by k.starts_on, k.id").param(companyId)
                .query(ContractRepository::map).list();
    }

    Optional<LocalDate> earliestStart(UUID companyId) {
        return jdbc.sql("select starts_on from success_contract where company_id = ? order by starts_on limit 1")
                .param(companyId).query(LocalDate.class).optional();
    }

    void insert(UUID id, ContractDraft d, UUID actor) {
        jdbc.sql("""
                insert into success_contract (id, company_id, plan_name, amount, billing, starts_on, ends_on,
                    auto_renew, notice_days, renewal_owner_user_id, created_by, updated_by)
                values (:id, :company, :plan, :amount, :billing, :starts, :ends, :auto, :notice, :owner, :actor, :actor)
                """).param("id", id).param("company", d.companyId()).param("plan", d.planName())
                .param("amount", d.amount()).param("billing", d.billing()).param("starts", d.startsOn())
                .param("ends", d.endsOn()).param("auto", d.autoRenew()).param("notice", d.noticeDays())
                .param("owner", d.renewalOwnerUserId()).param("actor", actor).update();
    }

    boolean update(UUID id, long version, ContractDraft d, UUID actor) {
        return jdbc.sql("""
                update success_contract set plan_name = :plan, amount = :amount, billing = :billing,
                    starts_on = :starts, ends_on = :ends, auto_renew = :auto, notice_days = :notice,
                    renewal_owner_user_id = :owner, version = version + 1, updated_at = now(), updated_by = :actor
                where id = :id and version = :version and status = 'active'
                """).param("plan", d.planName()).param("amount", d.amount()).param("billing", d.billing())
                .param("starts", d.startsOn()).param("ends", d.endsOn()).param("auto", d.autoRenew())
                .param("notice", d.noticeDays()).param("owner", d.renewalOwnerUserId()).param("actor", actor)
                .param("id", id).param("version", version).update() == 1;
    }

    boolean markChurned(UUID id, long version, UUID actor) {
        return jdbc.sql("""
                update success_contract set status = 'churned', version = version + 1, updated_at = now(),
                    updated_by = ? where id = ? and version = ? and status = 'active'
                """).params(actor, id, version).update() == 1;
    }

    void addChange(UUID contractId, ContractChange c, UUID actor) {
        jdbc.sql("""
                insert into success_contract_change (id, contract_id, changed_on, from_plan, to_plan, amount_before,
                    amount_after, reason, created_by) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(contractId, c.changedOn(), c.fromPlan(), c.toPlan(), c.amountBefore(), c.amountAfter(),
                c.reason(), actor).update();
    }

    List<ContractChange> changes(UUID contractId) {
        return jdbc.sql("select * from success_contract_change where contract_id = ? order by changed_on, created_at")
                .param(contractId).query((rs, n) -> new ContractChange(rs.getObject("id", UUID.class), contractId,
                        rs.getObject("changed_on", LocalDate.class), rs.getString("from_plan"),
                        rs.getString("to_plan"), rs.getLong("amount_before"), rs.getLong("amount_after"),
                        rs.getString("reason"))).list();
    }

    void addRenewal(UUID id, Renewal r, UUID actor) {
        jdbc.sql("""
                insert into success_contract_renewal (id, contract_id, decided_on, previous_ends_on, new_ends_on,
                    early, created_by) values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, r.contractId(), r.decidedOn(), r.previousEndsOn(), r.newEndsOn(), r.early(), actor)
                .update();
    }

    List<Renewal> renewals(UUID contractId) {
        return jdbc.sql("select * from success_contract_renewal where contract_id = ? order by decided_on, created_at")
                .param(contractId).query(ContractRepository::renewal).list();
    }

    /** Active contracts ending between two days, soonest first, keyset-paged. */
    List<Contract> endingBetween(LocalDate from, LocalDate to, UUID ownerUserId, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where k.status = 'active' and k.ends_on >= ?"
                + " and k.ends_on <= ?");
        List<Object> args = new ArrayList<>(List.of(from, to));
        if (ownerUserId != null) {
            sql.append(" and k.renewal_owner_user_id = ?");
            args.add(ownerUserId);
        }
        RENEWAL_ORDER.appendAfter(sql, args, after);
        RENEWAL_ORDER.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(ContractRepository::map).list();
    }

    static Renewal renewal(ResultSet rs, int n) throws SQLException {
        return new Renewal(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("previous_ends_on", LocalDate.class),
                rs.getObject("new_ends_on", LocalDate.class), rs.getBoolean("early"));
    }

    private static Contract map(ResultSet rs, int n) throws SQLException {
        return new Contract(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getString("plan_name"), rs.getLong("amount"),
                rs.getString("billing"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getBoolean("auto_renew"), rs.getInt("notice_days"),
                rs.getObject("renewal_owner_user_id", UUID.class), rs.getString("owner_name"),
                rs.getString("status"), rs.getLong("version"));
    }
}

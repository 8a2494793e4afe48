package dev.kizuna.marketing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Segments (table {@code segment}) and the customers they select (company with its customer_figures). */
@Repository
class SegmentRepository {

    static final KeysetOrder BY_NAME = new KeysetOrder("s.name", "text", "s.id", false);
    static final KeysetOrder BY_UPDATED = new KeysetOrder("s.updated_at", "timestamptz", "s.id", true);
    static final KeysetOrder BY_KANA = new KeysetOrder("c.name_kana", "text", "c.id", false);
    /** The customers a segment reads from; conditions append {@code and …} after it. */
    static final String FROM = " from company c left join customer_figures f on f.company_id = c.id where true";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SegmentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Segment> find(UUID id) {
        return jdbc.sql("select * from segment s where s.id = ?").param(id).query(this::row).optional();
    }

    List<Segment> list(Cursor after, int fetchSize) {
        return list(null, BY_NAME, after, fetchSize);
    }

    /** Segments whose name holds {@code text} (any case; null: all), in {@code order}. */
    List<Segment> list(String text, KeysetOrder order, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("select * from segment s where true");
        List<Object> args = new ArrayList<>();
        if (text != null) {
            sql.append(" and s.name ilike ? escape '\\'");
            args.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        order.appendAfter(sql, args, after);
        order.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(this::row).list();
    }

    void insert(UUID id, SegmentDraft d, UUID actor) {
        jdbc.sql("""
                insert into segment (id, name, description, conditions, created_by, updated_by)
                values (?, ?, ?, cast(? as jsonb), ?, ?)
                """).params(id, d.name(), d.description(), json.writeValueAsString(d.conditions()), actor, actor)
                .update();
    }

    boolean update(UUID id, long version, SegmentDraft d, UUID actor) {
        return jdbc.sql("""
                update segment set name = ?, description = ?, conditions = cast(? as jsonb), version = version + 1,
                  updated_at = now(), updated_by = ? where id = ? and version = ?
                """).params(d.name(), d.description(), json.writeValueAsString(d.conditions()), actor, id, version)
                .update() == 1;
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from segment where id = ?").param(id).update() == 1;
    }

    /** Whether a campaign or a sequence uses the segment. */
    boolean inUse(UUID id) {
        return jdbc.sql("""
                select exists (select 1 from campaign where segment_id = ?)
                    or exists (select 1 from step_sequence where segment_id = ?)
                """).params(id, id).query(Boolean.class).single();
    }

    long count(String where, List<Object> args) {
        return jdbc.sql("select count(*)" + FROM + where).params(args).query(Long.class).single();
    }

    /** How many meet the conditions and would get an e-mail: opted in, with an address (as campaigns queue them). */
    long countReachable(String where, List<Object> args) {
        return jdbc.sql("select count(*)" + FROM + where + " and c.email_opt_in and coalesce(c.email, '') <> ''")
                .params(args).query(Long.class).single();
    }

    /** Members in furigana order (company_kana_idx), keyset-paged. */
    List<SegmentMember> members(String where, List<Object> conditionArgs, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder("""
                select c.id, c.name, c.name_kana, c.email, c.prefecture, c.email_opt_in,
                  coalesce(f.f_stage, 0) as f_stage, coalesce(f.ltv_12m, 0) as ltv, f.last_on""").append(FROM)
                .append(where);
        List<Object> args = new ArrayList<>(conditionArgs);
        BY_KANA.appendAfter(sql, args, after);
        BY_KANA.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query((rs, n) -> new SegmentMember(rs.getObject("id", UUID.class),
                rs.getString("name"), rs.getString("name_kana"), rs.getString("email"), rs.getString("prefecture"),
                rs.getBoolean("email_opt_in"), rs.getInt("f_stage"), rs.getLong("ltv"),
                rs.getObject("last_on", java.time.LocalDate.class))).list();
    }

    /** Whether one customer meets the conditions now (a sequence's next step checks it). */
    boolean contains(UUID companyId, String where, List<Object> conditionArgs) {
        List<Object> args = new ArrayList<>(conditionArgs);
        args.add(companyId);
        return jdbc.sql("select exists (select 1" + FROM + where + " and c.id = ?)").params(args)
                .query(Boolean.class).single();
    }

    private Segment row(ResultSet rs, int n) throws SQLException {
        List<SegmentCondition> conditions = json.readValue(rs.getString("conditions"),
                new TypeReference<List<SegmentCondition>>() { });
        return new Segment(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                conditions, rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}

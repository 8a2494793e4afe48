package dev.kizuna.success;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.KeysetOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain SQL over {@code success_health_score} (the current score of each customer) and the customers to score;
 * joins {@code company} and {@code app_user} read-only for names, readings, kinds, tags and owners.
 */
@Repository
class HealthScoreRepository {

    private static final TypeReference<List<ComponentScore>> LINES = new TypeReference<>() {
    };
    private static final String SELECT = """
            select s.*, c.name as company_name, c.name_kana, c.owner_id, u.display_name as owner_name,
                   m.name as model_name
              from success_health_score s
              join company c on c.id = s.company_id
              join success_health_model m on m.id = s.model_id
              left join app_user u on u.id = c.owner_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HealthScoreRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    static KeysetOrder order(String sort) {
        return switch (sort) {
            case "customer" -> new KeysetOrder("c.name_kana", "text", "s.company_id", false);
            case "-score" -> new KeysetOrder("s.score", "numeric", "s.company_id", true);
            default -> new KeysetOrder("s.score", "numeric", "s.company_id", false);
        };
    }

    List<HealthScore> page(HealthFilter f, Cursor after, int fetchSize) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder(SELECT).append(" where true");
        if (f.band() != null) {
            sql.append(" and s.band = ?");
            args.add(f.band().code());
        }
        if (f.ownerId() != null) {
            sql.append(" and c.owner_id = ?");
            args.add(f.ownerId());
        }
        KeysetOrder order = order(f.sortOrDefault());
        order.appendAfter(sql, args, after);
        order.appendOrderAndLimit(sql, args, fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(this::map).list();
    }

    Optional<HealthScore> ofCompany(UUID companyId) {
        return jdbc.sql(SELECT + " where s.company_id = ?").param(companyId).query(this::map).optional();
    }

    /** The batch's current bands, locked until the transaction ends; customers never scored are absent. */
    java.util.Map<UUID, String> lockBands(java.util.Collection<UUID> companies) {
        java.util.Map<UUID, String> bands = new java.util.HashMap<>();
        jdbc.sql("select company_id, band from success_health_score where company_id = any(?::uuid[]) order by company_id for update")
                .param(companies.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    bands.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return bands;
    }

    /** The current scores of a batch in one statement; the band's start day moves only where the band changed. */
    void putAll(List<HealthScorer.Scored> batch, LocalDate day) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into success_health_score (company_id, model_id, model_number, score, band, band_since,
                    components, computed_on)
                select t.c, t.m, t.n, t.s, t.b, cast(? as date), cast(t.j as jsonb), cast(? as date)
                  from unnest(?::uuid[], ?::uuid[], ?::int[], ?::numeric[], ?::text[], ?::text[]) as t(c, m, n, s, b, j)
                on conflict (company_id) do update set model_id = excluded.model_id,
                    model_number = excluded.model_number, score = excluded.score, band = excluded.band,
                    band_since = case when success_health_score.band <> excluded.band then excluded.band_since
                                      else success_health_score.band_since end,
                    components = excluded.components, computed_on = excluded.computed_on, computed_at = now()
                """).params(day, day, HealthSnapshotRepository.column(batch, s -> s.customer().id()),
                HealthSnapshotRepository.column(batch, s -> s.model().id()),
                HealthSnapshotRepository.column(batch, s -> s.model().number()),
                HealthSnapshotRepository.column(batch, s -> s.card().score().toPlainString()),
                HealthSnapshotRepository.column(batch, s -> s.card().band().code()),
                HealthSnapshotRepository.column(batch, s -> json.writeValueAsString(s.card().components()))).update();
    }

    /** Customers (status 'customer') after {@code afterId}, by id; {@code unscoredOn} keeps those without that day's snapshot. */
    List<CustomerToScore> customers(UUID afterId, int limit, LocalDate unscoredOn) {
        String sql = """
                select c.id, c.name, c.kind, c.tags, c.owner_id from company c
                 where c.status = 'customer' and c.id > ?""" + (unscoredOn == null ? "" : """
                 \sand not exists (select 1 from success_health_snapshot s where s.company_id = c.id
                                  and s.snapshot_on = ?)""") + " order by c.id limit ?";
        List<Object> args = new ArrayList<>();
        args.add(afterId == null ? new UUID(0, 0) : afterId);
        if (unscoredOn != null) {
            args.add(unscoredOn);
        }
        args.add(limit);
        return jdbc.sql(sql).params(args).query((rs, n) -> new CustomerToScore(rs.getObject("id", UUID.class),
                rs.getString("name"), rs.getString("kind"), strings(rs.getArray("tags")),
                rs.getObject("owner_id", UUID.class))).list();
    }

    List<CustomerToScore> customers(List<UUID> ids) {
        return jdbc.sql("select id, name, kind, tags, owner_id from company where id = any(?::uuid[])")
                .param(ids.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> new CustomerToScore(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("kind"), strings(rs.getArray("tags")), rs.getObject("owner_id", UUID.class)))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private HealthScore map(ResultSet rs, int n) throws SQLException {
        return new HealthScore(rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                rs.getString("name_kana"), rs.getObject("owner_id", UUID.class), rs.getString("owner_name"),
                rs.getObject("model_id", UUID.class), rs.getString("model_name"), rs.getInt("model_number"),
                rs.getBigDecimal("score"), HealthBand.of(rs.getString("band")),
                rs.getObject("band_since", LocalDate.class), json.readValue(rs.getString("components"), LINES),
                rs.getObject("computed_on", LocalDate.class));
    }
}

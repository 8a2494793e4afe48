package dev.kizuna.sales;

import static dev.kizuna.sales.DealRepository.ts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The daily report's deal figures per owner: plain SQL over {@code deal} and {@code deal_stage_change}. */
@Repository
class SalesDayRepository {

    private final JdbcClient jdbc;

    SalesDayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per owner: deals moved forward in [from, to). */
    Map<UUID, Long> movedForward(Instant from, Instant to) {
        Map<UUID, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                select d.owner_id, count(*) as n from deal_stage_change x join deal d on d.id = x.deal_id
                 where x.changed_at >= ? and x.changed_at < ? and x.forward and x.from_stage_id is not null
                 group by d.owner_id
                """).params(ts(from), ts(to)).query((rs, n) -> out.put(rs.getObject("owner_id", UUID.class),
                rs.getLong("n"))).list();
        return out;
    }

    record ClosedTally(UUID ownerId, String status, long count, long amount) {
    }

    /** Per owner and outcome: deals won or lost in [from, to), with their amounts. */
    List<ClosedTally> closed(Instant from, Instant to) {
        return jdbc.sql("""
                select owner_id, status, count(*) as n, coalesce(sum(amount), 0) as amount from deal
                 where closed_at >= ? and closed_at < ? and status in ('won', 'lost')
                 group by owner_id, status
                """).params(ts(from), ts(to)).query((rs, n) -> new ClosedTally(rs.getObject("owner_id", UUID.class),
                rs.getString("status"), rs.getLong("n"), rs.getLong("amount"))).list();
    }

    /** Per owner: stalled active deals now. */
    Map<UUID, Long> stalledByOwner(StallRule.AsOf asOf) {
        Map<UUID, Long> out = new LinkedHashMap<>();
        jdbc.sql("select d.owner_id, count(*) as n from deal d join pipeline_stage s on s.id = d.stage_id where "
                + StallRule.AsOf.CONDITION + " group by d.owner_id").params(asOf.args())
                .query((rs, n) -> out.put(rs.getObject("owner_id", UUID.class), rs.getLong("n"))).list();
        return out;
    }
}

package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaign demand (tables {@code stock_campaign_demand} and its lines), by start date (stock_campaign_demand_starts_idx). */
@Repository
class CampaignDemandRepository {

    private final JdbcClient jdbc;

    CampaignDemandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those starting on or after {@code from} and before {@code to}, soonest first. */
    List<CampaignDemand> between(LocalDate from, LocalDate to, int limit) {
        return withLines(jdbc.sql("""
                select * from stock_campaign_demand where starts_on >= ? and starts_on < ? order by starts_on, id limit ?
                """).params(from, to, limit));
    }

    Optional<CampaignDemand> find(UUID id) {
        return withLines(jdbc.sql("select * from stock_campaign_demand where id = ?").param(id)).stream().findFirst();
    }

    private List<CampaignDemand> withLines(JdbcClient.StatementSpec spec) {
        List<CampaignDemand> heads = spec.query((rs, n) -> new CampaignDemand(rs.getObject("id", UUID.class),
                rs.getObject("campaign_id", UUID.class), rs.getString("name"),
                rs.getObject("starts_on", LocalDate.class), rs.getInt("expected_orders"), List.of(),
                rs.getLong("version"))).list();
        Map<UUID, List<CampaignDemand.Line>> lines = lines(heads.stream().map(CampaignDemand::id).toList());
        return heads.stream().map(d -> new CampaignDemand(d.id(), d.campaignId(), d.name(), d.startsOn(),
                d.expectedOrders(), lines.getOrDefault(d.id(), List.of()), d.version())).toList();
    }

    private Map<UUID, List<CampaignDemand.Line>> lines(List<UUID> ids) {
        Map<UUID, List<CampaignDemand.Line>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select l.demand_id, l.sku_id, l.per_order, s.code, s.name from stock_campaign_demand_line l
                  join sku s on s.id = l.sku_id where l.demand_id = any(?) order by l.demand_id, s.code
                """).param(ids.toArray(UUID[]::new)).query((rs, n) -> out.computeIfAbsent(
                rs.getObject("demand_id", UUID.class), k -> new ArrayList<>()).add(new CampaignDemand.Line(
                rs.getObject("sku_id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getInt("per_order")))).list();
        return out;
    }

    void insert(CampaignDemand d, UUID actor) {
        jdbc.sql("""
                insert into stock_campaign_demand (id, campaign_id, name, starts_on, expected_orders, created_by,
                    updated_by) values (?, ?, ?, ?, ?, ?, ?)
                """).params(d.id(), d.campaignId(), d.name(), d.startsOn(), d.expectedOrders(), actor, actor).update();
        for (CampaignDemand.Line l : d.lines()) {
            jdbc.sql("insert into stock_campaign_demand_line (demand_id, sku_id, per_order) values (?, ?, ?)")
                    .params(d.id(), l.skuId(), l.perOrder()).update();
        }
    }
}

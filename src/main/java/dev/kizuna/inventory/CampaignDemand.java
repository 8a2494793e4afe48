package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A campaign's expected demand for the forecast (seed 002: compute the quantities 3 and 6 months after a campaign):
 * from {@code startsOn}, {@code expectedOrders} orders each taking these SKUs. {@code campaignId} names the marketing
 * campaign when there is one.
 */
public record CampaignDemand(UUID id, UUID campaignId, String name, LocalDate startsOn, int expectedOrders,
        List<Line> lines, long version) {

    public record Line(UUID skuId, String skuCode, String skuName, int perOrder) {
    }
}

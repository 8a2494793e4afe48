package dev.kizuna.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.marketing.DeliveryCycle;
import org.junit.jupiter.api.Test;

/** The forecast's rules, without Spring or a database: deliveries in the window, cohort thinning, campaigns, enclosures. */
class StockForecastTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final UUID LOTION = UUID.randomUUID();
    static final UUID LEAFLET = UUID.randomUUID();
    static final YearMonth COHORT = YearMonth.of(2026, 4);

    static StockForecast.Scheduled every30(String status, LocalDate next, int qty) {
        return new StockForecast.Scheduled(status, next, new DeliveryCycle(DeliveryCycle.Unit.DAYS, 30, null), COHORT,
                Map.of(LOTION, qty));
    }

    @Test
    void deliveriesInTheWindowFollowTheCycleAndLeaveOutASkippedOne() {
        LocalDate to = TODAY.plusMonths(3); // 2027-03-07
        assertThat(StockForecast.deliveries(every30("active", TODAY.plusDays(5), 1), TODAY, to)).isEqualTo(3);
        assertThat(StockForecast.deliveries(every30("skipping", TODAY.plusDays(5), 1), TODAY, to)).isEqualTo(2);
        assertThat(StockForecast.deliveries(every30("cancelled", TODAY.plusDays(5), 1), TODAY, to)).isZero();
        var monthly = new StockForecast.Scheduled("active", LocalDate.of(2026, 12, 31),
                new DeliveryCycle(DeliveryCycle.Unit.MONTHS, 1, 31), COHORT, Map.of(LOTION, 1));
        assertThat(StockForecast.deliveries(monthly, TODAY, to)).as("12/31, 1/31, 2/28").isEqualTo(3);
        assertThat(StockForecast.deliveries(monthly, TODAY, TODAY.plusMonths(6))).isEqualTo(6);
    }

    @Test
    void subscriptionsAreThinnedByTheirCohortCampaignsScaleAndEnclosuresFollow() {
        var subs = List.of(every30("active", TODAY.plusDays(5), 2), every30("skipping", TODAY.plusDays(20), 1));
        var cohorts = Map.of(COHORT, new StockForecast.Cohort(4, 3));
        var campaign = new StockForecast.Campaign(UUID.randomUUID(), "冬の美白キャンペーン", TODAY.plusDays(15), 40,
                Map.of(LOTION, 1));
        var enclosures = Map.of(LOTION, Map.of(LEAFLET, 2));

        var f = StockForecast.forecast(TODAY, 3, subs, cohorts, List.of(campaign), Map.of(), enclosures);
        // (3 deliveries × 2 + 2 × 1) × 0.75 = 6 units; campaign 40 × 1 = 40; leaflets 46 × 2 = 92.
        assertThat(f.get(LOTION).units()).isCloseTo(46.0, within(1e-9));
        assertThat(f.get(LOTION).total()).isEqualTo(46);
        assertThat(f.get(LEAFLET).total()).isEqualTo(92);
        assertThat(f.get(LOTION).steps()).extracting(StockForecast.Step::source)
                .containsExactly("subscriptions", "campaign");

        var scaled = StockForecast.forecast(TODAY, 3, subs, cohorts, List.of(campaign), Map.of(campaign.id(), 1000),
                enclosures);
        assertThat(scaled.get(LOTION).total()).isEqualTo(1006);
        assertThat(scaled.get(LEAFLET).total()).isEqualTo(2012);

        var outside = new StockForecast.Campaign(UUID.randomUUID(), "春", TODAY.plusMonths(4), 500, Map.of(LOTION, 1));
        assertThat(StockForecast.forecast(TODAY, 3, subs, cohorts, List.of(outside), Map.of(), Map.of())
                .get(LOTION).total()).isEqualTo(6);
        assertThat(StockForecast.forecast(TODAY, 6, subs, cohorts, List.of(outside), Map.of(), Map.of())
                .get(LOTION).total()).as("6 months: 6 + 4 deliveries… and the spring campaign").isGreaterThan(500);
    }

    @Test
    void fractionsRoundUpToWholeUnits() {
        var subs = List.of(every30("active", TODAY.plusDays(5), 1));
        var f = StockForecast.forecast(TODAY, 3, subs, Map.of(COHORT, new StockForecast.Cohort(3, 2)), List.of(),
                Map.of(), Map.of());
        assertThat(f.get(LOTION).units()).isCloseTo(2.0, within(1e-9)); // 3 × 2/3
        assertThat(f.get(LOTION).total()).isEqualTo(2);
        var g = StockForecast.forecast(TODAY, 3, subs, Map.of(COHORT, new StockForecast.Cohort(4, 3)), List.of(),
                Map.of(), Map.of());
        assertThat(g.get(LOTION).total()).as("2.25 → 3").isEqualTo(3);
    }
}

package dev.kizuna.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The demand forecast for {@code [from, to)}: one row per SKU with demand, and the campaigns counted (scaled when asked). */
public record DemandForecast(LocalDate from, LocalDate to, int months, List<ForecastRow> rows,
        List<CampaignDemand> campaigns, UUID scaledDemandId, Integer scaledTo) {
}

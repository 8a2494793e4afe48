package dev.kizuna.insights.home;

import static dev.kizuna.insights.home.RepCards.LINES;
import static dev.kizuna.insights.home.RepCards.card;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.success.PhaseBoard;
import dev.kizuna.success.PlanFilter;
import dev.kizuna.success.PlanRow;
import dev.kizuna.success.Renewals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Customer success from the success module's facades: contracts up for renewal in the next 90 days and customers by
 * lifecycle phase. A member sees the ones they own; managers and viewers everyone's.
 */
@Configuration(proxyBeanMethods = false)
class SuccessCards {

    static final int RENEWAL_DAYS = 90;

    @Bean
    HomeCard renewalsCard(Renewals renewals) {
        return card("renewals", PermissionLevel.VIEWER, Set.of(PermissionLevel.values()), c -> {
            var owner = c.level() == PermissionLevel.MEMBER ? c.me() : null;
            List<HomeLine> lines = renewals.due(RENEWAL_DAYS, owner, PageQuery.first(LINES)).items().stream()
                    .map(k -> {
                        HomeLine line = HomeLine.of(k.companyName() + " · " + k.planName(),
                                c.text("home.renewsOn", c.date(k.endsOn())) + " · " + c.yen(k.amount()),
                                "/customers/" + k.companyId() + "/success");
                        return k.endsOn().isBefore(c.today().plusDays(31)) ? line.tone("warning") : line;
                    }).toList();
            return c.card("renewals", lines, "/success");
        });
    }

    /** Customers whose health score is lowest (危険 and 注意 first), from the health score's facade. */
    @Bean
    HomeCard healthCard(dev.kizuna.success.HealthScores health) {
        return card("atRisk", PermissionLevel.VIEWER, Set.of(PermissionLevel.values()), c -> {
            var owner = c.level() == PermissionLevel.MEMBER ? c.me() : null;
            List<HomeLine> lines = health.list(new dev.kizuna.success.HealthFilter(null, owner, "score"),
                    PageQuery.first(LINES)).items().stream()
                    .filter(h -> h.band() == dev.kizuna.success.HealthBand.DANGER
                            || h.band() == dev.kizuna.success.HealthBand.CAUTION)
                    .map(h -> {
                        HomeLine line = HomeLine.of(h.companyName(), c.text("success.health.band." + h.band().code())
                                + " · " + h.score().setScale(0, java.math.RoundingMode.HALF_UP), "/customers/" + h.companyId());
                        return line.tone(h.band() == dev.kizuna.success.HealthBand.DANGER ? "danger" : "warning");
                    }).toList();
            return c.card("atRisk", lines, "/health");
        });
    }

    @Bean
    HomeCard phasesCard(PhaseBoard board) {
        return card("phases", PermissionLevel.VIEWER, Set.of(PermissionLevel.VIEWER), c -> {
            var owner = c.level() == PermissionLevel.MEMBER ? c.me() : null;
            var rows = board.list(new PlanFilter(null, owner, null, null, null, null, null), PageQuery.first(PageQuery.MAX_LIMIT));
            Map<String, Long> byPhase = new LinkedHashMap<>();
            Map<String, String> keys = new LinkedHashMap<>();
            for (PlanRow r : rows.items()) {
                String name = r.phaseName() == null ? c.text("home.phase.before") : r.phaseName();
                byPhase.merge(name, 1L, Long::sum);
                keys.putIfAbsent(name, r.phaseKey() == null ? PlanFilter.BEFORE : r.phaseKey());
            }
            List<HomeLine> lines = byPhase.entrySet().stream().map(e -> HomeLine.of(e.getKey(),
                    c.text("home.customers", e.getValue()), "/success?phase=" + java.net.URLEncoder.encode(keys.get(e.getKey()), java.nio.charset.StandardCharsets.UTF_8))).toList();
            return c.card("phases", lines, "/success");
        });
    }
}

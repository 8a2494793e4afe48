package dev.kizuna.activities.api;

import java.util.List;

import dev.kizuna.activities.Compliance;
import dev.kizuna.activities.ComplianceLine;
import dev.kizuna.activities.CompliancePeriod;
import dev.kizuna.activities.ComplianceSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/compliance?period=2026-11} (or {@code 2026-11-01..2026-11-15}): input compliance per rep, best
 * first. Managers and administrators get every rep; others get their own line only.
 */
@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "Activities")
class ComplianceApi {

    private final Compliance compliance;

    ComplianceApi(Compliance compliance) {
        this.compliance = compliance;
    }

    record Line(String userId, String userName, long customers, long completeCustomers, long activities,
            long loggedOnTime, long dormantCustomers, long overdueFollowUps, int completePart, int onTimePart,
            int activePart, int followUpPart, int score, int rank, int rankedOf) {
        static Line of(ComplianceLine l) {
            return new Line(l.userId().toString(), l.userName(), l.customers(), l.completeCustomers(), l.activities(),
                    l.loggedOnTime(), l.dormantCustomers(), l.overdueFollowUps(), l.completePart(), l.onTimePart(),
                    l.activePart(), l.followUpPart(), l.score(), l.rank(), l.rankedOf());
        }
    }

    record ComplianceResponse(String period, String from, String to, ComplianceSettings settings, List<Line> items,
            String nextCursor) {
    }

    @GetMapping
    @Operation(summary = "Input compliance per rep for a month (period=2026-11) or days (period=2026-11-01..2026-11-15)")
    ComplianceResponse get(@RequestParam String period) {
        CompliancePeriod p = CompliancePeriod.parse(period);
        List<ComplianceLine> lines = compliance.visibleLines(p);
        return new ComplianceResponse(p.label(), p.from().toString(), p.to().toString(), compliance.settings(),
                lines.stream().map(Line::of).toList(), null);
    }
}

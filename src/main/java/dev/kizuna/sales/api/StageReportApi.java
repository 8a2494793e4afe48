package dev.kizuna.sales.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.sales.StageReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/deals/stage-report}: time in stage and stage-to-stage conversion of a pipeline. */
@RestController
@Tag(name = "Deals")
class StageReportApi {

    private final StageReport report;

    StageReportApi(StageReport report) {
        this.report = report;
    }

    record LineJson(String stageId, String stage, String kind, int position, long entered, long advanced,
            Integer advancedPercent, long lost, Integer lostPercent, long left, Double averageDays, Double medianDays) {
    }

    record ReportJson(String pipelineId, LocalDate since, LocalDate until, List<LineJson> stages) {
    }

    @GetMapping("/api/v1/deals/stage-report")
    @Operation(summary = "Time in stage and conversion", description = """
            Per stage of the pipeline, for the period `since`..`until` (Tokyo days, both inclusive; default the 90 days up
            to today, at most 731): entered = deals that reached the stage in the period; advanced = of those, the ones that later
            reached a stage further on that is not lost; lost = the ones that went from it to a lost stage;
            averageDays / medianDays = time spent in the stage by the deals that left it in the period (null when none
            did). 422 names `until` when it is before `since` or the period is too long.""")
    ReportJson stageReport(@RequestParam UUID pipelineId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            Locale locale) {
        StageReport.Result r = report.of(pipelineId, since, until);
        return new ReportJson(r.pipeline().id().toString(), r.from(), r.to(), r.lines().stream()
                .map(l -> new LineJson(l.stage().id().toString(), l.stage().label(locale), l.stage().kind().code(),
                        l.stage().position(), l.entered(), l.advanced(), l.advancedPercent(), l.lost(),
                        l.lostPercent(), l.left(), l.averageDays(), l.medianDays()))
                .toList());
    }
}

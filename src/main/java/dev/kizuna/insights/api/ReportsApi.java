package dev.kizuna.insights.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.kizuna.insights.report.ReportDefinition;
import dev.kizuna.insights.report.ReportResult;
import dev.kizuna.insights.report.Reports;
import dev.kizuna.insights.report.SavedReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/reports}: reports people build, saved or not, run to rows and chart series, and drilled into. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Insights")
class ReportsApi {

    private final Reports reports;

    ReportsApi(Reports reports) {
        this.reports = reports;
    }

    record NewReport(String name, Boolean shared, ReportDefinition definition) {
    }

    record ReportList(List<SavedReport> items, String nextCursor) {
    }

    record Drill(ReportDefinition definition, String group, String month) {
    }

    record RecordList(List<ReportResult.Record> items) {
    }

    @GetMapping
    @Operation(summary = "Saved reports the caller may open: their own and the shared ones, by name")
    ReportList list() {
        return new ReportList(reports.list(), null);
    }

    @PostMapping
    @Operation(summary = "Saves a report (name, shared, definition); the definition is checked as for run")
    ResponseEntity<SavedReport> create(@RequestBody NewReport body) {
        SavedReport saved = reports.save(body == null ? null : body.name(), body != null && Boolean.TRUE.equals(body.shared()),
                body == null ? null : body.definition());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + saved.id())).body(saved);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A saved report (its own or a shared one)")
    SavedReport get(@PathVariable UUID id) {
        return reports.find(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes a saved report (its owner, or an administrator)")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        reports.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/run")
    @Operation(summary = "Runs a saved report: rows (group, month, value) and the chart's labels and series")
    ReportResult run(@PathVariable UUID id) {
        return reports.run(reports.find(id).definition());
    }

    @PostMapping("/run")
    @Operation(summary = "Runs an unsaved definition: source (deals, activities, notes, orders, customers; "
            + "activities are calls, e-mails, visits … without notes, which are their own source), measure "
            + "{function: count|sum, field}, groupBy, period {field} (by month), filters [{field, op: eq|ne|contains|gte|lte, "
            + "value}], chart (bar, stacked, line). An unknown field, a sum of a text field, a period on a non-date field or "
            + "a group-by on a field the caller may not group by (a person's name: managers and above) is 422 naming it")
    ReportResult runUnsaved(@RequestBody ReportDefinition definition) {
        return reports.run(definition);
    }

    @PostMapping("/records")
    @Operation(summary = "The records behind one bar of a definition: {definition, group, month}; at most 200, "
            + "largest value first, each with its page")
    RecordList records(@RequestBody Drill body) {
        return new RecordList(reports.records(body == null ? null : body.definition(), body == null ? null : body.group(),
                body == null ? null : body.month()));
    }
}

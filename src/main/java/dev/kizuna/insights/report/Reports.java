package dev.kizuna.insights.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports people build (issue 22): a definition run to a table and a chart, the records behind each bar, saved for
 * oneself or shared with everyone. Every definition is checked against its source and the caller's level first.
 */
@Service
public class Reports {

    private final ReportRunRepository runs;
    private final SavedReportRepository saved;
    private final Users users;
    private final TileResults tileResults;

    Reports(ReportRunRepository runs, SavedReportRepository saved, Users users, TileResults tileResults) {
        this.tileResults = tileResults;
        this.runs = runs;
        this.saved = saved;
        this.users = users;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReportResult run(ReportDefinition definition) {
        ReportQuery query = ReportQuery.of(definition, level());
        List<ReportResult.Row> rows = runs.run(query);
        return chart(definition, rows);
    }

    /** The records behind one bar: its group and month (either null when the report has no such grouping). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportResult.Record> records(ReportDefinition definition, String group, String month) {
        return runs.records(ReportQuery.of(definition, level()), group, month);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SavedReport> list() {
        return saved.visibleTo(CurrentActor.required().actorId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SavedReport find(UUID id) {
        SavedReport report = saved.find(id).orElseThrow(() -> new NotFoundException("report", id));
        if (!report.shared() && !report.ownerId().equals(CurrentActor.required().actorId())) {
            throw new NotFoundException("report", id);
        }
        return report;
    }

    /** Saves a checked definition; {@code shared}: everyone may open and run it. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public SavedReport save(String name, boolean shared, ReportDefinition definition) {
        Check.of().required("name", name).maxLength("name", name, 100).verify();
        ReportQuery.of(definition, level());
        return saved.insert(UUID.randomUUID(), name.strip(), shared, definition, CurrentActor.required().actorId());
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void delete(UUID id) {
        SavedReport report = find(id);
        if (!report.ownerId().equals(CurrentActor.required().actorId()) && !CurrentActor.hasRole("ADMIN")) {
            throw new AccessDeniedException("only the owner deletes a report");
        }
        saved.delete(id);
        tileResults.forget(id);
    }

    /** The sources (deals, activities, orders, customers) and their fields, as the caller may use them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, List<ReportFieldView>> catalogue() {
        PermissionLevel level = level();
        Map<String, List<ReportFieldView>> out = new java.util.TreeMap<>();
        ReportSource.ALL.forEach((name, source) -> out.put(name, source.fields().stream()
                .map(f -> new ReportFieldView(f.name(), f.kind().name().toLowerCase(), level.includes(f.groupMinimum())))
                .toList()));
        return out;
    }

    /** A saved report whoever saved it (a dashboard shared with a team shows its tiles to the team), or empty. */
    java.util.Optional<SavedReport> onDashboard(UUID id) {
        return saved.find(id);
    }

    /** Runs a definition with the caller's level, without a transaction of its own (inside a dashboard's). */
    ReportResult runForTile(ReportDefinition definition) {
        return chart(definition, runs.run(ReportQuery.of(definition, level())));
    }

    /** A saved report's definition, whoever asks (the scheduler runs it with its schedule owner's level). */
    ReportDefinition definitionOf(UUID id) {
        return saved.find(id).orElseThrow(() -> new NotFoundException("report", id)).definition();
    }

    /** The caller's permission level, which decides what a report may group by and show. */
    PermissionLevel level() {
        return users.find(CurrentActor.required().actorId()).level();
    }

    static ReportResult chart(ReportDefinition d, List<ReportResult.Row> rows) {
        boolean byMonth = d.period() != null && d.period().field() != null;
        Set<String> labels = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        rows.forEach(r -> {
            labels.add(byMonth ? r.month() : label(r.group()));
            groups.add(byMonth ? label(r.group()) : "");
        });
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        List<String> labelList = new ArrayList<>(labels);
        for (String g : groups) {
            List<BigDecimal> values = new ArrayList<>();
            labelList.forEach(l -> values.add(BigDecimal.ZERO));
            series.put(g, values);
        }
        for (ReportResult.Row r : rows) {
            String g = byMonth ? label(r.group()) : "";
            String l = byMonth ? r.month() : label(r.group());
            series.get(g).set(labelList.indexOf(l), r.value());
        }
        return new ReportResult(d.chartOrDefault(), d.groupBy(), byMonth ? d.period().field() : null, rows, labelList,
                series.entrySet().stream().map(e -> new ReportResult.Series(e.getKey(), e.getValue())).toList());
    }

    private static String label(String group) {
        return group == null ? "" : group;
    }
}

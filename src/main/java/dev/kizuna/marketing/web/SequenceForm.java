package dev.kizuna.marketing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.marketing.StepSequence;
import dev.kizuna.marketing.StepSequenceDraft;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.web.FormValues;

/**
 * The step e-mail editor's form, kept as typed so an error shows it again: name, trigger, the days without an order
 * (no_order), the segment (blank: none) and step rows ({@code sd} wait, {@code su} "days" or "business",
 * {@code st} template, repeated). A row with neither a wait nor a template is left out; a wait that is not a number
 * is out of range (the service names the row's field).
 */
record SequenceForm(String name, String trigger, String triggerDays, String segmentId, List<Row> rows) {

    /** Blank rows the editor always offers after the steps. */
    static final int SPARE_ROWS = 2;

    record Row(String delay, String unit, String templateId) {
        public boolean businessDays() {
            return "business".equals(unit);
        }
    }

    static SequenceForm of(Map<String, String[]> params) {
        String[] delays = params.getOrDefault("sd", new String[0]);
        String[] units = params.getOrDefault("su", new String[0]);
        String[] templates = params.getOrDefault("st", new String[0]);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < delays.length; i++) {
            rows.add(new Row(delays[i], i < units.length ? units[i] : "days", i < templates.length ? templates[i] : ""));
        }
        return new SequenceForm(first(params, "name"), first(params, "trigger"), first(params, "triggerDays"),
                first(params, "segmentId"), rows);
    }

    static SequenceForm of(StepSequence q) {
        return new SequenceForm(q.name(), q.trigger(), q.triggerDays() == null ? "" : q.triggerDays().toString(),
                q.segmentId() == null ? "" : q.segmentId().toString(), q.steps().stream()
                        .map(s -> new Row(String.valueOf(s.delayDays()), s.businessDays() ? "business" : "days",
                                s.templateId().toString())).toList());
    }

    static SequenceForm empty() {
        return new SequenceForm("", "first_purchase", "", "", List.of());
    }

    /** What the service checks; {@code active} null keeps a sequence's state (new ones start active). */
    StepSequenceDraft draft() {
        return new StepSequenceDraft(name, trigger, "no_order".equals(trigger) ? number(triggerDays) : null,
                id(segmentId), null, filled().stream().map(r -> new StepSequenceDraft.StepDraft(number(r.delay()),
                        r.businessDays(), id(r.templateId()))).toList());
    }

    /** The filled rows then the spare blank ones: what the editor shows (errors of steps[i] fit row i). */
    public List<Row> shown() {
        List<Row> shown = new ArrayList<>(filled());
        for (int i = 0; i < SPARE_ROWS; i++) {
            shown.add(new Row("", "days", ""));
        }
        return shown;
    }

    private List<Row> filled() {
        return rows.stream().filter(r -> !blank(r.delay()) || !blank(r.templateId())).toList();
    }

    /** A whole number as typed (full-width digits too); blank is null; anything else is out of every range. */
    private static Integer number(String typed) {
        try {
            return FormValues.integer("", typed);
        } catch (RuleViolationException e) {
            return -1;
        }
    }

    private static UUID id(String typed) {
        try {
            return blank(typed) ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? "" : v[0];
    }
}

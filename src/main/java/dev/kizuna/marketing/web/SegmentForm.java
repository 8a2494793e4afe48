package dev.kizuna.marketing.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kizuna.marketing.Segment;
import dev.kizuna.marketing.SegmentCondition;
import dev.kizuna.marketing.SegmentDraft;

/**
 * The segment editor's form: name, description and condition rows ({@code cf} field, {@code co} operator,
 * {@code cv} value, repeated). A row without a field is left out; a value for in/any/all/none is a comma list.
 */
record SegmentForm(String name, String description, List<Row> rows) {

    /** Blank rows the editor always offers after the conditions. */
    static final int SPARE_ROWS = 2;
    static final List<String> OPS = List.of("eq", "in", "gte", "lte", "any", "all", "none", "contains");
    private static final Set<String> MANY = Set.of("in", "any", "all", "none");

    record Row(String field, String op, String value) {
    }

    static SegmentForm of(Map<String, String[]> params) {
        String[] fields = params.getOrDefault("cf", new String[0]);
        String[] ops = params.getOrDefault("co", new String[0]);
        String[] values = params.getOrDefault("cv", new String[0]);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            rows.add(new Row(fields[i], i < ops.length ? ops[i] : "eq", i < values.length ? values[i] : ""));
        }
        return new SegmentForm(first(params, "name"), first(params, "description"), rows);
    }

    static SegmentForm of(Segment s) {
        List<Row> rows = s.conditions().stream()
                .map(c -> new Row(c.field(), c.op(), String.join(", ", c.values()))).toList();
        return new SegmentForm(s.name(), s.description(), rows);
    }

    static SegmentForm empty() {
        return new SegmentForm("", "", List.of());
    }

    /** The rows that name a field, as conditions (indexed as the service reports problems: conditions[i]). */
    List<SegmentCondition> conditions() {
        return filled().stream().map(r -> new SegmentCondition(r.field(), r.op(), value(r))).toList();
    }

    SegmentDraft draft() {
        return new SegmentDraft(name, description, conditions());
    }

    /** The filled rows then the spare blank ones: what the editor shows (errors of conditions[i] fit row i). */
    public List<Row> shown() {
        List<Row> shown = new ArrayList<>(filled());
        for (int i = 0; i < SPARE_ROWS; i++) {
            shown.add(new Row("", "eq", ""));
        }
        return shown;
    }

    private List<Row> filled() {
        return rows.stream().filter(r -> r.field() != null && !r.field().isBlank()).toList();
    }

    private static Object value(Row r) {
        String v = r.value() == null ? "" : Normalizer.normalize(r.value(), Normalizer.Form.NFKC).strip();
        if (MANY.contains(r.op())) {
            return Arrays.stream(v.split("[,、]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        }
        return v;
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? "" : v[0];
    }
}

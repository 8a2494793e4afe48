package dev.kizuna.platform.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One field that an audited change touched, before and after, as people read it: the audit page shows these
 * rows instead of raw JSON. Field names are message keys ({@code field.<name>}).
 */
public record AuditChange(String field, String before, String after) {

    /** The top-level fields whose values differ between the before and after JSON (either may be null). */
    static List<AuditChange> between(JsonMapper json, String before, String after) {
        JsonNode b = before == null ? null : json.readTree(before);
        JsonNode a = after == null ? null : json.readTree(after);
        Set<String> fields = new LinkedHashSet<>();
        if (b != null && b.isObject()) {
            fields.addAll(b.propertyNames());
        }
        if (a != null && a.isObject()) {
            fields.addAll(a.propertyNames());
        }
        List<AuditChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = text(b == null ? null : b.get(field));
            String now = text(a == null ? null : a.get(field));
            if (!was.equals(now)) {
                changes.add(new AuditChange(field, was, now));
            }
        }
        if (fields.isEmpty() && (b != null || a != null)) {
            changes.add(new AuditChange("value", text(b), text(a)));
        }
        return changes;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(text(n)));
            return String.join("、", items);
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}

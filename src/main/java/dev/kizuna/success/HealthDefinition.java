package dev.kizuna.success;

import java.util.List;

/**
 * What a health model says: its components, where the bands start, who it is for ({@code segment}; none = every
 * customer), the drop that alerts the owner ({@code dropPoints} within {@code dropDays}), and whether entering 危険
 * starts the churn-prevention playbook and entering 拡大候補 makes an upsell deal.
 */
public record HealthDefinition(List<HealthComponent> components, BandThresholds bands, Segment segment,
        Integer dropPoints, Integer dropDays, Boolean routeDanger, Boolean routeExpansion) {

    public HealthDefinition {
        components = components == null ? List.of() : List.copyOf(components);
        bands = bands == null ? BandThresholds.DEFAULT : bands;
        segment = segment == null ? Segment.EVERYONE : segment;
        dropPoints = dropPoints == null ? 15 : dropPoints;
        dropDays = dropDays == null ? 14 : dropDays;
        routeDanger = routeDanger == null ? Boolean.TRUE : routeDanger;
        routeExpansion = routeExpansion == null ? Boolean.TRUE : routeExpansion;
    }

    /** Which customers a model is for: a kind ({@code company} B2B, {@code individual} D2C) and/or a tag; none = all. */
    public record Segment(String kind, String tag) {

        public static final Segment EVERYONE = new Segment(null, null);

        public boolean matches(String companyKind, List<String> tags) {
            return (kind == null || kind.isBlank() || kind.equals(companyKind))
                    && (tag == null || tag.isBlank() || (tags != null && tags.contains(tag)));
        }
    }
}

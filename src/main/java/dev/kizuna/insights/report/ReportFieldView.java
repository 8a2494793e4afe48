package dev.kizuna.insights.report;

/** A field a report builder offers: its name, kind ({@code text}, {@code number}, {@code date}) and whether the caller may group by it. */
public record ReportFieldView(String name, String kind, boolean groupable) {
}

package dev.kizuna.insights.report;

import dev.kizuna.identity.PermissionLevel;

/**
 * A field a report may filter, measure or group by: its name in definitions, the SQL expression it reads, its kind
 * and the lowest permission level that may group by it (figures per person are for managers, as in the daily
 * report and the compliance ranking).
 */
record ReportField(String name, String sql, Kind kind, PermissionLevel groupMinimum) {

    enum Kind { TEXT, NUMBER, DATE }

    static ReportField text(String name, String sql) {
        return new ReportField(name, sql, Kind.TEXT, PermissionLevel.VIEWER);
    }

    static ReportField person(String name, String sql) {
        return new ReportField(name, sql, Kind.TEXT, PermissionLevel.MANAGER);
    }

    static ReportField number(String name, String sql) {
        return new ReportField(name, sql, Kind.NUMBER, PermissionLevel.VIEWER);
    }

    static ReportField date(String name, String sql) {
        return new ReportField(name, sql, Kind.DATE, PermissionLevel.VIEWER);
    }
}

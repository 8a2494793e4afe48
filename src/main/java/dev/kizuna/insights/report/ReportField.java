package dev.kizuna.insights.report;

import dev.kizuna.identity.PermissionLevel;

/**
 * A field a report may filter, measure or group by: its name in definitions, the SQL expression it reads, its kind
 * and the lowest permission level that may group by it (figures per person are for managers, as in the daily
 * report and the compliance ranking). A date field is an instant read as a Tokyo day, unless {@code tokyoDay}: then
 * the expression already is that day (a rollup's {@code day} column).
 */
record ReportField(String name, String sql, Kind kind, PermissionLevel groupMinimum, boolean tokyoDay) {

    enum Kind { TEXT, NUMBER, DATE }

    private static final String TOKYO = " at time zone 'Asia/Tokyo'";

    static ReportField text(String name, String sql) {
        return new ReportField(name, sql, Kind.TEXT, PermissionLevel.VIEWER, false);
    }

    static ReportField person(String name, String sql) {
        return new ReportField(name, sql, Kind.TEXT, PermissionLevel.MANAGER, false);
    }

    static ReportField number(String name, String sql) {
        return new ReportField(name, sql, Kind.NUMBER, PermissionLevel.VIEWER, false);
    }

    static ReportField date(String name, String sql) {
        return new ReportField(name, sql, Kind.DATE, PermissionLevel.VIEWER, false);
    }

    /** A date column that already holds the Tokyo day. */
    static ReportField tokyoDay(String name, String sql) {
        return new ReportField(name, sql, Kind.DATE, PermissionLevel.VIEWER, true);
    }

    /** The Tokyo day of a date field, as SQL. */
    String daySql() {
        return tokyoDay ? sql : "(cast(" + sql + " as timestamptz)" + TOKYO + ")::date";
    }

    /** The month ('2026-11', Tokyo) of a date field, as SQL. */
    String monthSql() {
        return tokyoDay ? "to_char(" + sql + ", 'YYYY-MM')" : "to_char(cast(" + sql + " as timestamptz)" + TOKYO + ", 'YYYY-MM')";
    }
}

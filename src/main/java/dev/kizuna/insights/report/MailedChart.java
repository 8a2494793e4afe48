package dev.kizuna.insights.report;

/** One chart of a scheduled e-mail: a report's name and its result at send time (a dashboard mails one per tile). */
record MailedChart(String name, ReportResult result) {
}

package dev.kizuna.insights.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Reports' full results as one Excel workbook (.xlsx), a sheet per report (a dashboard's tiles in order): one row per
 * group and month, every row, not a truncated table.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    /** {@code groupLabel} names a result's group-by field in the reader's language. */
    static byte[] of(List<MailedChart> charts, Function<ReportResult, String> groupLabel, String monthLabel,
            String valueLabel) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Set<String> names = new HashSet<>();
            for (MailedChart chart : charts) {
                write(book.createSheet(unique(safe(chart.name()), names)), chart.result(), groupLabel.apply(chart.result()),
                        monthLabel, valueLabel);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, ReportResult result, String groupLabel, String monthLabel, String valueLabel) {
        Row header = sheet.createRow(0);
        int col = 0;
        if (result.period() != null) {
            header.createCell(col++).setCellValue(monthLabel);
        }
        if (result.groupBy() != null) {
            header.createCell(col++).setCellValue(groupLabel);
        }
        header.createCell(col).setCellValue(valueLabel);
        int r = 1;
        for (ReportResult.Row row : result.rows()) {
            Row line = sheet.createRow(r++);
            int c = 0;
            if (result.period() != null) {
                line.createCell(c++).setCellValue(row.month());
            }
            if (result.groupBy() != null) {
                line.createCell(c++).setCellValue(row.group() == null ? "" : row.group());
            }
            line.createCell(c).setCellValue(row.value().doubleValue());
        }
    }

    /** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return cleaned.isEmpty() ? "report" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }

    /** Two tiles of the same name get "name (2)": Excel refuses two sheets of one name (case-insensitively). */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}

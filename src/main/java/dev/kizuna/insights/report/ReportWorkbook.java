package dev.kizuna.insights.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A report's full result as an Excel workbook (.xlsx): one row per group and month, every row, not a truncated table. */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static byte[] of(String name, ReportResult result, String groupLabel, String monthLabel, String valueLabel) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(safe(name));
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
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return cleaned.isEmpty() ? "report" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}

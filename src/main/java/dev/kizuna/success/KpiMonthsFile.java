package dev.kizuna.success;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.table.TableReader;

/**
 * A KPI's months from a spreadsheet the customer or the team keeps: CSV (UTF-8 or Shift_JIS, comma or tab) or .xlsx,
 * a header naming the month column (月, 年月, 対象月, month) and a target (目標) and/or actual (実績) column, then a
 * row a month. Months read as 2026-04, 2026/4 or 2026年4月; numbers may carry commas, 円, ¥ or %; a blank cell keeps
 * what is stored. Bounded: {@value #MAX_BYTES} bytes and {@value #MAX_ROWS} months; a bad file is refused whole,
 * naming the row and the cell.
 */
public final class KpiMonthsFile {

    public static final String FIELD = "file";
    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_ROWS = 120;
    private static final int MAX_PROBLEMS = 20;

    private static final List<String> MONTH = List.of("月", "年月", "対象月", "month", "yearmonth");
    private static final List<String> TARGET = List.of("目標", "目標値", "target");
    private static final List<String> ACTUAL = List.of("実績", "実績値", "actual");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(?:\\s*[-/.]\\s*\\d{1,2}\\s*日?)?");

    private KpiMonthsFile() {
    }

    /** Reads the upload (at most {@value #MAX_BYTES} bytes) through a temporary file that is always removed. */
    public static List<KpiMonth> read(InputStream in) {
        Path file = null;
        try {
            file = Files.createTempFile("kizuna-kpi-", ".upload");
            if (copyAtMost(in, file) > MAX_BYTES) {
                throw new RuleViolationException(FieldProblem.of(FIELD, "KpiFileSize", MAX_BYTES / 1024));
            }
            try (TableReader table = TableReader.open(file, null)) {
                return read(table);
            }
        } catch (IOException | IllegalStateException e) { // a TableLimitException too
            throw new RuleViolationException(FieldProblem.of(FIELD, "KpiFileUnreadable"));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temporary directory's own clean-up takes it
                }
            }
        }
    }

    static List<KpiMonth> read(TableReader table) throws IOException {
        List<String> header = table.header().stream().map(KpiMonthsFile::key).toList();
        int month = indexOf(header, MONTH);
        int target = indexOf(header, TARGET);
        int actual = indexOf(header, ACTUAL);
        if (month < 0 || target < 0 && actual < 0) {
            throw new RuleViolationException(FieldProblem.of(FIELD, "KpiFileColumns"));
        }
        List<KpiMonth> months = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String[] row = table.next(); row != null; row = table.next()) {
            if (isBlank(row)) {
                continue;
            }
            if (months.size() == MAX_ROWS) {
                throw new RuleViolationException(FieldProblem.of(FIELD, "KpiFileRows", MAX_ROWS));
            }
            long at = table.row();
            YearMonth m = month(cell(row, month));
            if (m == null) {
                problems.add(FieldProblem.of(FIELD, "KpiFileRow", at, table.header().get(month), cell(row, month)));
            }
            BigDecimal t = number(cell(row, target), at, target < 0 ? "" : table.header().get(target), problems);
            BigDecimal a = number(cell(row, actual), at, actual < 0 ? "" : table.header().get(actual), problems);
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (m != null && (t != null || a != null)) {
                months.add(new KpiMonth(m, t, a));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (months.isEmpty()) {
            throw new RuleViolationException(FieldProblem.of(FIELD, "KpiFileEmpty"));
        }
        return months;
    }

    static YearMonth month(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = YEAR_MONTH.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static BigDecimal number(String text, long row, String column, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "").replace("¥", "")
                .replace("円", "").replace("%", "").strip();
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(FIELD, "KpiFileRow", row, column, text));
            return null;
        }
    }

    private static long copyAtMost(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0 && total <= MAX_BYTES; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                total += n;
            }
        }
        return total;
    }

    private static String cell(String[] row, int index) {
        return index < 0 || index >= row.length || row[index] == null || row[index].isBlank() ? null : row[index];
    }

    private static boolean isBlank(String[] row) {
        for (String v : row) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<String> header, List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-()（）]", "");
    }
}

package dev.kizuna.dataio;

import java.util.List;

/** Customer files for the import tests, written the way Excel saves them. */
final class TestFiles {

    private TestFiles() {
    }

    /** A valid 法人番号 from its twelve body digits (check digit first). */
    static String corporateNumber(long body) {
        String digits = String.format("%012d", body);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (digits.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + digits;
    }

    /** Rows joined as Excel's "CSV (コンマ区切り)" does: CRLF, quotes only where a field needs them. */
    static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String v = row.get(i);
                if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                    out.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(v);
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** {@code count} plain companies named {@code prefix-n}, with corporate numbers from {@code numberBase}. */
    static String companies(String prefix, int count, long numberBase) {
        StringBuilder out = new StringBuilder("会社名,フリガナ,法人番号,電話番号\r\n");
        for (int i = 1; i <= count; i++) {
            out.append("株式会社").append(prefix).append('-').append(i).append(",カブシキガイシャ,")
                    .append(corporateNumber(numberBase + i)).append(",03-").append(String.format("%04d", i % 10000))
                    .append("-0000\r\n");
        }
        return out.toString();
    }
}

package dev.kizuna;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL written in a Java source file and the tables it reads and writes, found as text: every string literal and
 * text block, with literals joined by {@code +} read as one piece ({@code "select … from " + "company"}), then the
 * table after {@code insert into}, {@code update … set}, {@code delete from}, {@code merge into}, {@code copy} and
 * {@code truncate} (written) or after {@code from}, {@code join} and {@code using} (read). Comments are skipped. Only
 * names that are tables count, so {@code extract(epoch from now())} or a CTE's name read nothing. A table named
 * through a variable ({@code "from " + table}) is not seen: keep table names in the SQL text.
 */
record SqlText(List<String> pieces) {

    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:insert\\s+into|delete\\s+from|merge\\s+into|truncate(?:\\s+table)?|copy)\\s+(?:only\\s+)?"
                    + "([a-z_][a-z0-9_]*)"
                    + "|\\bupdate\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?\\s+set\\b");
    private static final Pattern READ = Pattern.compile(
            "\\b(?:from|join|using)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)\\b(?!\\s*\\()");

    /** The string literals and text blocks of a Java source, those joined by {@code +} as one piece. */
    static SqlText of(String java) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = null;
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (c == '/' && i + 1 < n && java.charAt(i + 1) == '/') {
                i = java.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && java.charAt(i + 1) == '*') {
                int end = java.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(java, i, '\'');
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                while (end > 0 && java.charAt(end - 1) == '\\') {
                    end = java.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                piece = append(piece, java.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                int end = skipQuoted(java, i, '"');
                piece = append(piece, java.substring(i + 1, Math.max(i + 1, end - 1)));
                i = end;
            } else if (Character.isWhitespace(c) || c == '+') {
                i++;
            } else {
                if (piece != null) {
                    pieces.add(piece.toString());
                    piece = null;
                }
                i++;
            }
        }
        if (piece != null) {
            pieces.add(piece.toString());
        }
        return new SqlText(pieces);
    }

    private static StringBuilder append(StringBuilder piece, String text) {
        return (piece == null ? new StringBuilder() : piece.append(' ')).append(text);
    }

    /** The index just past the closing quote. */
    private static int skipQuoted(String java, int start, char quote) {
        int i = start + 1;
        while (i < java.length() && java.charAt(i) != quote && java.charAt(i) != '\n') {
            i += java.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, java.length());
    }

    /** The names among {@code tables} that this SQL writes. */
    Set<String> writes(Set<String> tables) {
        return find(WRITE, tables);
    }

    /** The names among {@code tables} that this SQL reads (a statement that writes a table may read it too). */
    Set<String> reads(Set<String> tables) {
        return find(READ, tables);
    }

    private Set<String> find(Pattern pattern, Set<String> tables) {
        Set<String> found = new LinkedHashSet<>();
        for (String piece : pieces) {
            String text = piece.toLowerCase(Locale.ROOT).replace("\\\"", "").replace("\"", "");
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                for (int g = 1; g <= matcher.groupCount(); g++) {
                    String name = matcher.group(g);
                    if (name != null && tables.contains(name)) {
                        found.add(name);
                    }
                }
            }
        }
        return found;
    }
}

package dev.kizuna.customers;

import java.util.List;

/** COPY's text format: tab-separated, \N for null, backslash escapes; arrays as {"a","b"}. */
final class CopyText {

    private CopyText() {
    }

    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof Boolean b) {
                out.append(b ? 't' : 'f');
            } else {
                escape(out, v.toString());
            }
        }
        out.append('\n');
    }

    static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    static String array(List<String> items) {
        StringBuilder a = new StringBuilder("{");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                a.append(',');
            }
            a.append('"').append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return a.append('}').toString();
    }
}

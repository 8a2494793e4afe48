package dev.kizuna.platform.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * CSV as Excel reads it: CRLF line ends, quotes only where needed (delimiter, quote, line break), optional BOM. Every
 * CSV Kizuna writes (exports, an import's errors, the accounting files) goes through here, so every cell is made safe
 * for a spreadsheet in one place (see {@link #safe}).
 */
public final class CsvWriter implements TableWriter {

    /** A value that is exactly a number (-1500, 3.5): a spreadsheet reads it as a number, never as a formula. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private final Writer out;

    public CsvWriter(OutputStream stream, Charset charset, boolean bom) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, charset), 1 << 16);
        if (bom) {
            out.write('\uFEFF');
        }
    }

    @Override
    public void row(String... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            field(values[i]);
        }
        out.write("\r\n");
    }

    /**
     * A cell as a spreadsheet should show it: text that starts with = + - @ (or a tab or carriage return, which Excel
     * skips before looking for them) would run as a formula when the file is opened, so it gets a leading single
     * quote, as spreadsheet users write text that must stay text (OWASP "CSV injection"). A plain number such as an
     * amount of -1500 stays as it is.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    private void field(String raw) throws IOException {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        String value = safe(raw);
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

package dev.kizuna.dataio.file;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/** CSV as Excel reads it: CRLF line ends, quotes only where needed (delimiter, quote, line break), optional BOM. */
public final class CsvWriter implements TableWriter {

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

    private void field(String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
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

package dev.kizuna.platform.table;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV or TSV (the delimiter is whichever of tab and comma the header uses more) as Excel writes it: fields in
 * double quotes may hold the delimiter, doubled quotes and line breaks; lines end in CRLF or LF; a BOM is skipped.
 * Reads through a 64 KB buffer, so a file of any size takes the same memory: a record is held to the
 * {@link TableLimits} (columns, a field's and a record's length) and a longer one is a {@link TableLimitException}.
 * Data records carry at most as many values as the header has columns. Bytes that are not valid in the charset become
 * U+FFFD, which the import reports as a wrong charset instead of storing.
 */
public final class CsvReader implements TableReader {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private final char delimiter;
    private final List<String> header;
    private long row = 1;
    private final StringBuilder field = new StringBuilder(64);
    private final ArrayList<String> fields = new ArrayList<>(32);
    private final TableLimits limits;
    private int width;
    private int fieldCount;
    private long recordChars;

    public CsvReader(Path file, Charset charset) throws IOException {
        this(file, charset, TableLimits.DEFAULT);
    }

    public CsvReader(Path file, Charset charset, TableLimits limits) throws IOException {
        this(new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), limits);
    }

    CsvReader(Reader reader) throws IOException {
        this(reader, TableLimits.DEFAULT);
    }

    CsvReader(Reader reader, TableLimits limits) throws IOException {
        this.in = reader;
        this.limits = limits;
        this.width = limits.columns();
        fill();
        if (limit > 0 && buffer[0] == '\uFEFF') {
            position = 1;
        }
        this.delimiter = guessDelimiter();
        String[] first;
        try {
            first = read();
        } catch (TableLimitException e) {
            in.close();
            throw e;
        }
        this.header = first == null ? List.of() : Arrays.stream(first).map(String::strip).toList();
        this.width = Math.max(header.size(), 1);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long row() {
        return row;
    }

    public char delimiter() {
        return delimiter;
    }

    @Override
    public String[] next() throws IOException {
        while (true) {
            String[] values = read();
            if (values == null) {
                return null;
            }
            row++;
            if (!(values.length == 1 && values[0].isEmpty())) {
                return values;
            }
        }
    }

    private char guessDelimiter() {
        int tabs = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = position; i < limit; i++) {
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == '\t') {
                tabs++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return tabs > 0 && tabs >= commas ? '\t' : ',';
    }

    /** One record, or null at the end of the file. */
    private String[] read() throws IOException {
        if (position >= limit && !fill()) {
            return null;
        }
        fields.clear();
        field.setLength(0);
        fieldCount = 0;
        recordChars = 0;
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (position >= limit && !fill()) {
                addField();
                return fields.toArray(String[]::new);
            }
            char c = buffer[position++];
            if (quoted) {
                if (c == '"') {
                    if (position >= limit && !fill()) {
                        quoted = false;
                        continue;
                    }
                    if (buffer[position] == '"') {
                        append('"');
                        position++;
                    } else {
                        quoted = false;
                    }
                } else {
                    append(c);
                }
            } else if (c == delimiter) {
                addField();
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
                    position++;
                }
                addField();
                return fields.toArray(String[]::new);
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                append(c);
            }
        }
    }

    private void append(char c) throws TableLimitException {
        field.append(c);
        if (field.length() > limits.cellChars()) {
            throw new TableLimitException("ImportCellLength", limits.cellChars(), here());
        }
        if (++recordChars > limits.rowChars()) {
            throw new TableLimitException("ImportRowLength", limits.rowChars(), here());
        }
    }

    /** Ends the field: kept when the header has a column for it, counted against the column limit either way. */
    private void addField() throws TableLimitException {
        if (++fieldCount > limits.columns()) {
            throw new TableLimitException("ImportColumns", limits.columns(), here());
        }
        if (fields.size() < width) {
            fields.add(field.toString());
        }
        field.setLength(0);
    }

    /** The row being read, as a spreadsheet numbers it. */
    private long here() {
        return header == null ? row : row + 1;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package dev.kizuna.platform.table;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * Rows of a table file, one at a time: the first row is the header. {@link #next()} gives the next data row, or
 * null at the end; {@link #row()} is its row number as a spreadsheet shows it (the header is row 1).
 */
public interface TableReader extends Closeable {

    List<String> header();

    String[] next() throws IOException;

    long row();

    /** A reader for the stored file: .xlsx by its content, otherwise CSV/TSV in the given (or detected) charset. */
    static TableReader open(Path file, Charset charset) throws IOException {
        if (FileFormats.isXlsx(file)) {
            return new XlsxReader(file);
        }
        return new CsvReader(file, charset == null ? FileFormats.detectCharset(file) : charset);
    }
}

package dev.kizuna.platform.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Rows written one at a time to a stream (the header first), at constant memory. */
public interface TableWriter extends Closeable {

    void row(String... values) throws IOException;

    /** The formats an export can be written in. */
    enum Format {
        /** UTF-8 with a BOM, so Excel opens it without mojibake. */
        CSV_UTF8("csv", "text/csv; charset=UTF-8"),
        /**
         * CP932 for older tools: Shift_JIS as Windows writes it, with the NEC and IBM extensions (①, ㈱, 髙, 﨑), so it
         * is labelled by its IANA name windows-31j, not Shift_JIS. Characters CP932 lacks become "?".
         */
        CSV_CP932("csv", "text/csv; charset=windows-31j"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        public final String extension;
        public final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Format ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    static TableWriter open(Format format, OutputStream out) throws IOException {
        return switch (format) {
            case CSV_UTF8 -> new CsvWriter(out, StandardCharsets.UTF_8, true);
            case CSV_CP932 -> new CsvWriter(out, FileFormats.CP932, false);
            case XLSX -> new XlsxWriter(out);
        };
    }
}

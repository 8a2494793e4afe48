package dev.kizuna.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.mock.web.MockMultipartFile;

/**
 * Hostile upload files, made in the test: small on disk, large or malformed once unpacked or read. Workbooks are
 * written as Excel lays them out (content types, relationships, workbook, sheet, optional shared strings), with the
 * sheet and shared strings streamed from a writer so a part can unpack to hundreds of megabytes without being held.
 */
public final class HostileFiles {

    /** Writes one XML part's body. */
    public interface Part {
        void write(Writer out) throws IOException;
    }

    private HostileFiles() {
    }

    /** A workbook with the given sheet (rows inside {@code <sheetData>}) and shared strings (null: none). */
    public static Path xlsx(Path file, Part sheetData, Part sharedStrings) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            part(zip, "[Content_Types].xml", w -> w.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>"""));
            part(zip, "_rels/.rels", w -> w.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>"""));
            part(zip, "xl/workbook.xml", w -> w.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            part(zip, "xl/_rels/workbook.xml.rels", w -> w.write("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>"""));
            part(zip, "xl/worksheets/sheet1.xml", w -> {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                sheetData.write(w);
                w.write("</sheetData></worksheet>");
            });
            if (sharedStrings != null) {
                part(zip, "xl/sharedStrings.xml", w -> {
                    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                    sharedStrings.write(w);
                    w.write("</sst>");
                });
            }
        }
        return file;
    }

    /** An inline-string cell. */
    public static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** Writes {@code count} copies of a character, a megabyte at a time. */
    public static void repeat(Writer out, char c, long count) throws IOException {
        char[] chunk = new char[1 << 20];
        java.util.Arrays.fill(chunk, c);
        for (long left = count; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(left, chunk.length));
        }
    }

    /** Text that deflate cannot shrink much: letters from a fixed pseudo-random sequence. */
    public static String noise(int length, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    /** A multipart file whose bytes are made as they are read: a 100 MB upload without 100 MB in the test's heap. */
    public static MockMultipartFile streamed(String part, String name, String type, long size,
            java.util.function.Supplier<InputStream> content) {
        return new MockMultipartFile(part, name, type, new byte[] {1}) {
            @Override
            public InputStream getInputStream() {
                return content.get();
            }

            @Override
            public long getSize() {
                return size;
            }

            @Override
            public boolean isEmpty() {
                return size == 0;
            }
        };
    }

    /** {@code head}, then {@code size - head} bytes of {@code fill}, made as they are read. */
    public static InputStream generated(byte[] head, long size, byte fill) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long at = position++;
                return (at < head.length ? head[(int) at] : fill) & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - position);
                for (int i = 0; i < n; i++) {
                    long at = position++;
                    b[off + i] = at < head.length ? head[(int) at] : fill;
                }
                return n;
            }
        };
    }

    private static void part(ZipOutputStream zip, String name, Part body) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer w = new OutputStreamWriter(new java.io.FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // the zip stays open for the next part
            }
        }, StandardCharsets.UTF_8);
        w = new java.io.BufferedWriter(w, 1 << 16);
        body.write(w);
        w.flush();
        zip.closeEntry();
    }
}

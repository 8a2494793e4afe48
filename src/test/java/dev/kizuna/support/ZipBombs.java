package dev.kizuna.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Zip bombs made in milliseconds: a megabyte of one repeated text is deflated once, ending on a full flush so the
 * compressed chunk depends on nothing before it, and that chunk is written as many times as wanted. A part that
 * unpacks to 1.5 GB costs 1.5 MB on disk and no time to compress. The zip (local headers, data, central directory,
 * end record) is written by hand around those chunks.
 */
public final class ZipBombs {

    private static final int CHUNK = 1 << 20;

    /** A part: {@code head}, then {@code unit} repeated to fill {@code megabytes} MB, then {@code tail}. */
    public record Part(String head, String unit, long megabytes, String tail) {

        public static Part of(String text) {
            return new Part(text, "", 0, "");
        }
    }

    private ZipBombs() {
    }

    /** A workbook whose sheet and shared strings are the given parts (null shared strings: none). */
    public static Path xlsx(Path file, Part sheet, Part sharedStrings) throws IOException {
        Map<String, Part> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", Part.of("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/></Types>"""));
        parts.put("xl/workbook.xml", Part.of("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
        parts.put("xl/_rels/workbook.xml.rels", Part.of("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                </Relationships>"""));
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings);
        }
        parts.put("xl/worksheets/sheet1.xml", sheet);
        return zip(file, parts);
    }

    /** The sheet's XML around rows: {@code <worksheet><sheetData>} … {@code </sheetData></worksheet>}. */
    public static String sheetHead() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    }

    public static String sheetTail() {
        return "</sheetData></worksheet>";
    }

    public static Path zip(Path file, Map<String, Part> parts) throws IOException {
        List<long[]> central = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long offset = 0;
            for (var entry : parts.entrySet()) {
                Part part = entry.getValue();
                byte[] head = part.head().getBytes(StandardCharsets.UTF_8);
                byte[] tail = part.tail().getBytes(StandardCharsets.UTF_8);
                byte[] chunk = chunk(part.unit());
                byte[] headDeflated = deflate(head, false);
                byte[] chunkDeflated = part.megabytes() == 0 ? new byte[0] : deflate(chunk, false);
                byte[] tailDeflated = deflate(tail, true);
                CRC32 crc = new CRC32();
                crc.update(head);
                for (long i = 0; i < part.megabytes(); i++) {
                    crc.update(chunk);
                }
                crc.update(tail);
                long size = head.length + part.megabytes() * chunk.length + tail.length;
                long packed = headDeflated.length + part.megabytes() * chunkDeflated.length + tailDeflated.length;
                byte[] name = entry.getKey().getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream local = new ByteArrayOutputStream();
                u32(local, 0x04034b50);
                u16(local, 20);
                u16(local, 0);
                u16(local, 8);
                u32(local, 0);
                u32(local, crc.getValue());
                u32(local, packed);
                u32(local, size);
                u16(local, name.length);
                u16(local, 0);
                local.write(name);
                local.writeTo(out);
                out.write(headDeflated);
                for (long i = 0; i < part.megabytes(); i++) {
                    out.write(chunkDeflated);
                }
                out.write(tailDeflated);
                central.add(new long[] {crc.getValue(), packed, size, offset});
                names.add(entry.getKey());
                offset += local.size() + packed;
            }
            ByteArrayOutputStream directory = new ByteArrayOutputStream();
            for (int i = 0; i < central.size(); i++) {
                long[] c = central.get(i);
                byte[] name = names.get(i).getBytes(StandardCharsets.UTF_8);
                u32(directory, 0x02014b50);
                u16(directory, 20);
                u16(directory, 20);
                u16(directory, 0);
                u16(directory, 8);
                u32(directory, 0);
                u32(directory, c[0]);
                u32(directory, c[1]);
                u32(directory, c[2]);
                u16(directory, name.length);
                u16(directory, 0);
                u16(directory, 0);
                u16(directory, 0);
                u16(directory, 0);
                u32(directory, 0);
                u32(directory, c[3]);
                directory.write(name);
            }
            directory.writeTo(out);
            ByteArrayOutputStream end = new ByteArrayOutputStream();
            u32(end, 0x06054b50);
            u16(end, 0);
            u16(end, 0);
            u16(end, central.size());
            u16(end, central.size());
            u32(end, directory.size());
            u32(end, offset);
            u16(end, 0);
            end.writeTo(out);
        }
        return file;
    }

    /** A megabyte of the unit repeated (empty for none). */
    private static byte[] chunk(String unit) {
        if (unit.isEmpty()) {
            return new byte[0];
        }
        byte[] one = unit.getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[CHUNK - CHUNK % one.length];
        for (int i = 0; i < chunk.length; i += one.length) {
            System.arraycopy(one, 0, chunk, i, one.length);
        }
        return chunk;
    }

    /** Raw deflate; a non-last piece ends on a full flush, so pieces can be joined in any number and order. */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        if (last) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } else {
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private static void u32(ByteArrayOutputStream out, long v) {
        u16(out, (int) (v & 0xFFFF));
        u16(out, (int) ((v >>> 16) & 0xFFFF));
    }
}

package dev.kizuna.commerce;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes copied and searched text of our PDFs read as written. Japanese fonts map one glyph to several code points —
 * 見 (U+898B) and the Kangxi radical ⾒ (U+2F92), say — and PDFBox's ToUnicode map names the lowest, so text pulled
 * from the PDF would come out in radicals and compatibility forms. This rewrites each embedded font's ToUnicode map
 * so every glyph code maps to the character it was drawn for ({@code drawn}), and any other radical or compatibility
 * form to its NFKC form (the ordinary kanji).
 */
final class ToUnicodeRepair {

    private static final Pattern BFCHAR = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");
    private static final Pattern BFRANGE = Pattern.compile("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>");

    private ToUnicodeRepair() {
    }

    static byte[] repair(byte[] pdf, Map<Integer, Integer> drawn) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font
                            && font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream s) {
                        rewrite(s, drawn);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void rewrite(COSStream stream, Map<Integer, Integer> drawn) throws IOException {
        String cmap;
        try (var in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        Map<Integer, String> codes = new TreeMap<>();
        for (String block : sections(cmap, "beginbfrange", "endbfrange")) {
            Matcher m = BFRANGE.matcher(block);
            while (m.find()) {
                int from = Integer.parseInt(m.group(1), 16);
                int to = Integer.parseInt(m.group(2), 16);
                String first = utf16(m.group(3));
                for (int c = from; c <= to; c++) {
                    String dst = first.substring(0, first.length() - 1)
                            + (char) (first.charAt(first.length() - 1) + (c - from));
                    codes.put(c, dst);
                }
            }
        }
        for (String block : sections(cmap, "beginbfchar", "endbfchar")) {
            Matcher m = BFCHAR.matcher(block);
            while (m.find()) {
                codes.put(Integer.parseInt(m.group(1), 16), utf16(m.group(2)));
            }
        }
        StringBuilder out = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        var entries = codes.entrySet().stream().toList();
        for (int i = 0; i < entries.size(); i += 100) {
            var chunk = entries.subList(i, Math.min(i + 100, entries.size()));
            out.append(chunk.size()).append(" beginbfchar\n");
            chunk.forEach(e -> out.append("<%04X> <%s>\n".formatted(e.getKey(), hex(drawn.containsKey(e.getKey())
                    ? Character.toString(drawn.get(e.getKey())) : readable(e.getValue())))));
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        try (OutputStream os = stream.createOutputStream()) {
            os.write(out.toString().getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Kangxi radicals, CJK radicals and compatibility ideographs become the ordinary kanji. */
    static String readable(String s) {
        boolean odd = s.codePoints().anyMatch(cp -> (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF));
        return odd ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s;
    }

    private static java.util.List<String> sections(String text, String begin, String end) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int at = 0;
        while ((at = text.indexOf(begin, at)) >= 0) {
            int stop = text.indexOf(end, at);
            if (stop < 0) {
                break;
            }
            out.add(text.substring(at + begin.length(), stop));
            at = stop + end.length();
        }
        return out;
    }

    private static String utf16(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(i * 2, i * 2 + 2), 16);
        }
        return new String(bytes, StandardCharsets.UTF_16BE);
    }

    private static String hex(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_16BE)) {
            out.append("%02X".formatted(b & 0xff));
        }
        return out.toString();
    }
}

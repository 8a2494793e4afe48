package dev.kizuna.platform.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * What a file is by its first bytes (its magic number), not by the type or name it was sent with: a Windows program
 * named {@code invoice.pdf} and sent as {@code application/pdf} is sniffed as {@code application/x-msdownload}.
 * Uploads are refused when the sniffed kind disagrees with the declared type; downloads open in the browser only
 * when the sniffed type is an image or a PDF ({@link #inlineSafe}).
 */
public final class FileSniffer {

    /** How many leading bytes are looked at. */
    public static final int HEAD = 8192;
    public static final String EXECUTABLE = "application/x-msdownload";
    public static final String OLE2 = "application/x-ole-storage";
    public static final String UNKNOWN = "application/octet-stream";
    private static final Set<String> INLINE = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "application/pdf");
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/heic");
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm",
            "hevs", "mif1", "msf1");

    private FileSniffer() {
    }

    /** The first {@link #HEAD} bytes of a stream that supports mark (the stream is back at its start afterwards). */
    public static byte[] head(BufferedInputStream in) throws IOException {
        in.mark(HEAD + 1);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        return head;
    }

    /** The type the bytes are, or {@link #UNKNOWN} for binary that is none of the kinds Kizuna keeps. */
    public static String sniff(byte[] b) {
        if (starts(b, 0, 'M', 'Z')) {
            return EXECUTABLE;
        }
        if (starts(b, 0, 0x7F, 'E', 'L', 'F') || starts(b, 0, 0xCA, 0xFE, 0xBA, 0xBE) || starts(b, 0, 0xCF, 0xFA, 0xED, 0xFE)) {
            return "application/x-executable";
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return "image/gif";
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        if (starts(b, 4, 'f', 't', 'y', 'p') && b.length >= 12
                && HEIF_BRANDS.contains(new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
            return "image/heic";
        }
        if (starts(b, 0, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(b, 0, 'P', 'K', 3, 4) || starts(b, 0, 'P', 'K', 5, 6)) {
            return "application/zip";
        }
        if (starts(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (starts(b, 0, '%', '!', 'P', 'S') || starts(b, 0, 0xC5, 0xD0, 0xD3, 0xC6)) {
            return "application/postscript";
        }
        return text(b) ? "text/plain" : UNKNOWN;
    }

    /** Whether a file declared as {@code declared} may be what its bytes say it is. */
    public static boolean agrees(String declared, String sniffed) {
        if (declared == null) {
            return false;
        }
        return switch (declared) {
            case "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic" -> IMAGES.contains(sniffed);
            case "application/pdf" -> "application/pdf".equals(sniffed);
            case "application/zip", "application/x-zip-compressed",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.openxmlformats-officedocument.presentationml.presentation" ->
                    "application/zip".equals(sniffed);
            // older Windows names .xlsx files application/vnd.ms-excel too
            case "application/vnd.ms-excel", "application/msword", "application/vnd.ms-powerpoint" ->
                    OLE2.equals(sniffed) || "application/zip".equals(sniffed);
            // Illustrator files are PDF or PostScript inside
            case "application/postscript", "application/illustrator" ->
                    "application/postscript".equals(sniffed) || "application/pdf".equals(sniffed);
            case "text/csv", "text/plain" -> "text/plain".equals(sniffed);
            default -> false;
        };
    }

    /** The type to keep for an upload whose bytes agree with its declared type: an image as what it really is. */
    public static String keptType(String declared, String sniffed) {
        return IMAGES.contains(sniffed) ? sniffed : declared;
    }

    /** Types a browser may show in the page: images and PDF, never HTML, SVG or script. */
    public static boolean inlineSafe(String type) {
        return INLINE.contains(type);
    }

    /** A short name for a type, for the message that says a file is not one. */
    public static String label(String type) {
        if (type == null) {
            return "?";
        }
        String sub = type.substring(type.indexOf('/') + 1);
        return switch (sub) {
            case "pdf", "jpeg", "png", "gif", "webp", "heic", "zip", "csv" -> sub.toUpperCase(java.util.Locale.ROOT);
            case "plain" -> "text";
            default -> type;
        };
    }

    /** Text has no NUL byte (UTF-16 with its BOM excepted) and few control characters. */
    private static boolean text(byte[] b) {
        if (starts(b, 0, 0xFF, 0xFE) || starts(b, 0, 0xFE, 0xFF)) {
            return true;
        }
        int controls = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                controls++;
            }
        }
        return controls * 100 <= Math.max(b.length, 1);
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

}

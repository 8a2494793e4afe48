package dev.kizuna.platform.input;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The values and bodies an attacker or a careless client sends: text the database cannot hold or that is far too
 * long, text that is merely odd (right-to-left marks, SQL, HTML), values of the wrong type, numbers past every
 * range, deep nesting and bodies in the wrong encoding. Chosen by a seeded {@link Random}, so a failure repeats.
 */
final class HostileValues {

    /** Text that must be refused wherever it is sent (a NUL, half a surrogate pair, a megabyte). */
    static final List<String> REFUSED_TEXT = List.of("\u0000", "株式会社\u0000", "\ud800", "x\udc00",
            "東".repeat(1 << 20));

    /** Text that is odd but harmless: it may be accepted, never with a 500. Sent to reads only. */
    static final List<String> ODD_TEXT = List.of("\u202eevil.exe", "\u200f\u200e", "' OR '1'='1' --", "\"; drop table company; --",
            "<script>alert(1)</script>", "%00", "../../etc/passwd", "a\r\nb", "🙂".repeat(500), " ", "",
            "9".repeat(400), "-1", "2026-02-30", "1e400", "null", "[]");

    /** JSON values that no property of the given OpenAPI type accepts. */
    static String wrongType(String type, Random random) {
        return switch (type == null ? "" : type) {
            case "string" -> random.nextBoolean() ? "{}" : "[1,2]";
            case "integer", "number" -> pick(random, "\"abc\"", "{}", "true");
            case "boolean" -> pick(random, "\"maybe\"", "{}", "[]");
            case "array" -> pick(random, "\"x\"", "{}", "7");
            default -> pick(random, "\"x\"", "[[]]", "7");
        };
    }

    /** Numbers past any column's range, or with more digits than anyone types. */
    static String hugeNumber(Random random) {
        return pick(random, "1e400", "-1e400", "99999999999999999999999999999", "-9223372036854775809",
                "1" + "0".repeat(2000), "1e-400", "0.0000000000000000000000000000000000000001");
    }

    static byte[] deepNesting(int depth) {
        return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    /** A body that is not well-formed UTF-8 JSON in one of several ways. */
    static byte[] badEncoding(String validJson, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> withBytes(validJson, new byte[] {(byte) 0xC0, (byte) 0xAF}); // overlong '/'
            case 1 -> withBytes(validJson, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // encoded surrogate
            case 2 -> withBytes(validJson, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
            case 3 -> validJson.getBytes(StandardCharsets.UTF_16);
            default -> withBytes(validJson, new byte[] {(byte) 0xE3, (byte) 0x81}); // cut short
        };
    }

    /** The body with an extra first property whose text value holds {@code bytes}. */
    private static byte[] withBytes(String validJson, byte[] bytes) {
        String open = validJson.startsWith("{") && validJson.length() > 2 ? "{\"name\":\"ab" : "{\"x\":\"ab";
        String rest = validJson.startsWith("{") && validJson.length() > 2 ? "\"," + validJson.substring(1) : "\"}";
        byte[] head = open.getBytes(StandardCharsets.UTF_8);
        byte[] tail = rest.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bytes, 0, out, head.length, bytes.length);
        System.arraycopy(tail, 0, out, head.length + bytes.length, tail.length);
        return out;
    }

    static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private HostileValues() {
    }
}

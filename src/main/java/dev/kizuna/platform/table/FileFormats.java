package dev.kizuna.platform.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What a file is: .xlsx (a zip) or text, and a text file's charset: UTF-8 (BOM or valid), UTF-16 (BOM) or CP932. */
public final class FileFormats {

    /** Shift_JIS as Windows and Excel write it: NEC and IBM extensions (①, Ⅲ, 髙, 﨑) included. */
    public static final Charset CP932 = Charset.forName("windows-31j");
    private static final int SAMPLE = 256 * 1024;

    private FileFormats() {
    }

    public static boolean isXlsx(Path file) throws IOException {
        byte[] head = head(file, 4);
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The charset by BOM, else UTF-8 when the first 256 KB decode as UTF-8, else CP932. */
    public static Charset detectCharset(Path file) throws IOException {
        return detect(head(file, SAMPLE));
    }

    static Charset detect(byte[] sample) {
        if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int end = sample.length;
        if (end == SAMPLE) { // the sample may cut a character in two: drop the unfinished one
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0xC0) {
                end = end - back - 1;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return CP932;
        }
    }

    /** The charset a person chose by name: utf-8, shift_jis / cp932 / windows-31j, utf-16; null for "detect". */
    public static Charset named(String name) {
        if (name == null || name.isBlank() || "auto".equalsIgnoreCase(name)) {
            return null;
        }
        return switch (name.toLowerCase(java.util.Locale.ROOT).replace("_", "-")) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "shift-jis", "sjis", "cp932", "ms932", "windows-31j" -> CP932;
            case "utf-16", "utf-16le" -> StandardCharsets.UTF_16LE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The name {@link #named} reads back. */
    public static String nameOf(Charset charset) {
        if (charset == null) {
            return "auto";
        }
        if (charset.equals(CP932)) {
            return "cp932";
        }
        return charset.equals(StandardCharsets.UTF_8) ? "utf-8" : "utf-16";
    }

    private static byte[] head(Path file, int size) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = in.readNBytes(size);
            return buffer.length == size ? buffer : Arrays.copyOf(buffer, buffer.length);
        }
    }
}

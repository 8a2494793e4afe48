package dev.kizuna.cards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract run as a process (Debian's {@code tesseract-ocr} with {@code jpn} and {@code jpn_vert}): one thread per
 * run (two cores are shared with the application), a time limit, and at most {@link #MAX_OUTPUT} bytes of output
 * read. Whether it is installed is asked once and kept for a minute, so the page can say so and cards wait.
 */
final class Tesseract {

    static final int MAX_OUTPUT = 1 << 20;
    private final String command;
    private final Duration timeout;
    private volatile long checkedAt;
    private volatile boolean available;

    Tesseract(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    /** Whether the program answers and knows Japanese (horizontal and vertical). */
    boolean available() {
        long now = System.nanoTime();
        if (checkedAt == 0 || now - checkedAt > TimeUnit.MINUTES.toNanos(1)) {
            try {
                String langs = run(List.of(command, "--list-langs"));
                available = langs.lines().anyMatch("jpn"::equals) && langs.lines().anyMatch("jpn_vert"::equals);
            } catch (IOException | RuntimeException e) {
                available = false;
            }
            checkedAt = now;
        }
        return available;
    }

    /** The lines read in {@code image} by model {@code lang} ({@code jpn} or {@code jpn_vert}) in page mode {@code psm}. */
    List<OcrLine> read(Path image, String lang, int psm) throws IOException {
        return TsvLines.parse(run(List.of(command, image.toString(), "stdout", "-l", lang, "--psm",
                String.valueOf(psm), "tsv")), lang.endsWith("_vert"));
    }

    /** The lines read in a picture held in memory (written to a temporary PNG for the program). */
    List<OcrLine> read(java.awt.image.BufferedImage image, String lang, int psm) throws IOException {
        Path file = java.nio.file.Files.createTempFile("ocr-", ".png");
        try {
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            return read(file, lang, psm);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private String run(List<String> args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        try (InputStream out = process.getInputStream()) {
            byte[] bytes = readBounded(out, process);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("tesseract took longer than " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new IOException("tesseract ended with " + process.exitValue());
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Reads the output until its end or the limit; a watchdog ends the process when it runs past its time. */
    private byte[] readBounded(InputStream out, Process process) throws IOException {
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            byte[] bytes = out.readNBytes(MAX_OUTPUT);
            if (bytes.length == MAX_OUTPUT) {
                process.destroyForcibly();
                throw new IOException("tesseract wrote more than " + MAX_OUTPUT + " bytes");
            }
            return bytes;
        } finally {
            watchdog.interrupt();
        }
    }

    /** Tesseract's TSV (level 5 rows are words) → lines: words joined, the tallest word's height, mean confidence. */
    static final class TsvLines {

        private TsvLines() {
        }

        /** {@code vertical}: the text stands in columns, so a character's size is its word box's width. */
        static List<OcrLine> parse(String tsv, boolean vertical) {
            List<OcrLine> lines = new ArrayList<>();
            String key = null;
            StringBuilder text = new StringBuilder();
            int height = 0;
            double confidence = 0;
            int words = 0;
            OcrLine.Box box = null;
            for (String row : tsv.split("\n")) {
                String[] c = row.split("\t", -1);
                if (c.length < 12 || !"5".equals(c[0])) {
                    continue;
                }
                String word = c[11].strip();
                double conf = number(c[10]);
                if (word.isEmpty() || conf < 0) {
                    continue;
                }
                String lineKey = c[2] + "/" + c[3] + "/" + c[4];
                if (!lineKey.equals(key) && words > 0) {
                    lines.add(new OcrLine(text.toString(), height, (int) Math.round(confidence / words), box));
                    text.setLength(0);
                    height = 0;
                    confidence = 0;
                    words = 0;
                    box = null;
                }
                key = lineKey;
                text.append(text.isEmpty() ? "" : " ").append(word);
                height = Math.max(height, (int) number(c[vertical ? 8 : 9]));
                confidence += conf;
                words++;
                OcrLine.Box wordBox = new OcrLine.Box((int) number(c[6]), (int) number(c[7]), (int) number(c[8]),
                        (int) number(c[9]));
                box = wordBox.union(box);
            }
            if (words > 0) {
                lines.add(new OcrLine(text.toString(), height, (int) Math.round(confidence / words), box));
            }
            return lines;
        }

        private static double number(String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}

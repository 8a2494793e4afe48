package dev.kizuna.cards;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.kizuna.platform.files.FileSniffer;

/**
 * What a card upload must be before it is kept: JPEG or PNG by its bytes (HEIC only where the JDK has a reader for
 * it), at most {@link #MAX_BYTES}, at most {@link #MAX_SIDE} pixels a side and {@link #MAX_PIXELS} in all, read from
 * the header before anything is decoded (a small file can claim a huge picture), and not blank. Decoding for reading
 * subsamples big photos on the way in, so a 50-megapixel photo never sits whole in memory.
 */
final class CardImages {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_SIDE = 12_000;
    static final long MAX_PIXELS = 50_000_000L;
    /** The longest side the OCR sees (subsampled to about this). */
    static final int READING_SIDE = 2_000;

    private CardImages() {
    }

    /** Why a file is refused, as a message-key rule (problem+json {@code errors[].rule}), or empty when it is fine. */
    static Optional<String> refusal(byte[] head, long size, java.util.function.Supplier<InputStream> content) {
        if (size > MAX_BYTES) {
            return Optional.of("CardTooLarge");
        }
        String type = FileSniffer.sniff(head);
        if ("image/heic".equals(type) && !ImageIO.getImageReadersByMIMEType("image/heic").hasNext()) {
            return Optional.of("CardHeicUnreadable");
        }
        if (!"image/jpeg".equals(type) && !"image/png".equals(type) && !"image/heic".equals(type)) {
            return Optional.of("CardNotAnImage");
        }
        try (InputStream in = content.get(); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            ImageReader reader = reader(stream).orElse(null);
            if (reader == null) {
                return Optional.of("CardNotAnImage");
            }
            try {
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
                    return Optional.of("CardTooManyPixels");
                }
                BufferedImage small = decode(reader, w, h, 400);
                return blank(small) ? Optional.of("CardBlank") : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("CardNotAnImage");
        }
    }

    /** The image subsampled so its longer side is about {@code side} (never larger than stored). */
    static BufferedImage decodeForReading(InputStream in, int side) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            ImageReader reader = reader(stream).orElseThrow(() -> new IOException("not an image"));
            try {
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
                    throw new IOException("too many pixels");
                }
                return decode(reader, w, h, side);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Optional<ImageReader> reader(ImageInputStream stream) {
        if (stream == null) {
            return Optional.empty();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        reader.setInput(stream, true, true);
        return Optional.of(reader);
    }

    private static BufferedImage decode(ImageReader reader, int w, int h, int side) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        int factor = Math.max(1, Math.max(w, h) / side);
        param.setSourceSubsampling(factor, factor, 0, 0);
        return reader.read(0, param);
    }

    /** Nothing on it: grey values hardly vary (a blank sheet, a lens cap, one colour). */
    static boolean blank(BufferedImage image) {
        int[] grey = CardPicture.grey(image);
        double mean = 0;
        for (int g : grey) {
            mean += g;
        }
        mean /= grey.length;
        double variance = 0;
        for (int g : grey) {
            variance += (g - mean) * (g - mean);
        }
        return Math.sqrt(variance / grey.length) < 4;
    }
}

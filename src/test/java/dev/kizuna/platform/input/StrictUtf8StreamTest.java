package dev.kizuna.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictUtf8StreamTest {

    private static byte[] readAll(byte[] bytes, long limit) throws IOException {
        try (var in = new StrictUtf8Stream(new ByteArrayInputStream(bytes), limit)) {
            return in.readAllBytes();
        }
    }

    @Test
    void wellFormedTextOfEveryLengthPassesUnchanged() throws IOException {
        byte[] text = "{\"name\":\"株式会社テスト é ß 🙂 \\u0041\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(readAll(text, 1000)).isEqualTo(text);
    }

    @Test
    void overlongFormsEncodedSurrogatesAndCutOffSequencesAreRefused() {
        byte[][] bad = {
            {(byte) 0xC0, (byte) 0xAF},                          // overlong '/'
            {(byte) 0xC1, (byte) 0xBF},                          // overlong
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},             // overlong three-byte
            {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, // overlong four-byte
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},             // U+D800 encoded
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0x80},                                       // stray continuation
            {(byte) 0xE3, (byte) 0x81},                          // cut off at the end
            {(byte) 0xE3, (byte) 0x41, (byte) 0x81},             // cut off in the middle
        };
        for (byte[] bytes : bad) {
            assertThatThrownBy(() -> readAll(bytes, 1000)).as(java.util.HexFormat.of().formatHex(bytes))
                    .isInstanceOf(MalformedUtf8Exception.class);
        }
    }

    @Test
    void aBodyPastTheLimitIsRefused() {
        assertThatThrownBy(() -> readAll(new byte[101], 100)).isInstanceOf(BodyTooLargeException.class);
    }
}

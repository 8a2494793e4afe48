package dev.kizuna.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Japanese that read as machine output in the issue-24 sweep stays gone: word-for-word operator names, a mention
 * notice that "wrote your name", and a progress line with a question mark for the row count it did not know yet.
 */
class NaturalJapaneseTest {

    private static final List<String> MACHINE_PHRASES = List.of("が次以上", "が次以下", "が次と等しい", "が次を含む",
            "名前が書かれました", "..");

    /** Messages that spell out what the API accepts, where the machine form is the point. */
    private static final List<String> FORMAT_HELP = List.of("validation.Period");
    private static final java.util.regex.Pattern QUESTION_MARK_ARGUMENT = java.util.regex.Pattern.compile("#\\{.*'\\?'");

    @Test
    void noMessageReadsLikeAWordForWordTranslation() throws IOException {
        var ja = new Properties();
        try (var in = getClass().getResourceAsStream("/messages_ja.properties")) {
            ja.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var found = ja.stringPropertyNames().stream()
                .filter(key -> !FORMAT_HELP.contains(key))
                .filter(key -> MACHINE_PHRASES.stream().anyMatch(ja.getProperty(key)::contains))
                .map(key -> key + "=" + ja.getProperty(key)).sorted().toList();
        assertThat(found).isEmpty();
    }

    @Test
    void noTemplateGivesAMessageAQuestionMarkForANumberItDoesNotKnow() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            var found = files.filter(f -> f.toString().endsWith(".html")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> QUESTION_MARK_ARGUMENT.matcher(l).find())
                            .map(l -> f.getFileName() + ": " + l.strip());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(found).isEmpty();
        }
    }
}

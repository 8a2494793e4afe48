package dev.kizuna.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The audit log names what people did in words: the issue-24 sweep found 87 actions (playbookRun.started,
 * order.paymentReceived …) shown as their codes in both languages. Every action code written in the source beside
 * {@code audit.record(} has {@code audit.action.<code>} in English and Japanese.
 */
class AuditActionsInWordsTest {

    private static final Pattern ACTION = Pattern.compile("\"([a-z][A-Za-z_-]*(?:\\.[A-Za-z_-]+)+)\"");

    @Test
    void everyRecordedActionHasItsWordsInBothLanguages() throws IOException {
        var actions = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.contains("audit.record(")) {
                        ACTION.matcher(line).results().forEach(m -> actions.add(m.group(1)));
                    }
                }
            }
        }
        assertThat(actions).as("actions found").hasSizeGreaterThan(100);
        for (String language : new String[] {"", "_ja"}) {
            var messages = new Properties();
            try (var in = getClass().getResourceAsStream("/messages" + language + ".properties")) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(actions.stream().filter(a -> !messages.containsKey("audit.action." + a)).toList())
                    .as("actions without words in messages%s.properties", language).isEmpty();
        }
    }
}

package dev.kizuna.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every message exists in Japanese and in English, once, with the same placeholders: a key missing in one file
 * shows the key itself (or the other language) to the user, and a duplicated key silently keeps the last value.
 */
class MessagesBothLanguagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void eachKeyIsInBothLanguagesOnceWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = load("messages.properties");
        Map<String, String> japanese = load("messages_ja.properties");
        assertThat(new TreeSet<>(japanese.keySet())).as("keys only in English").containsAll(english.keySet());
        assertThat(new TreeSet<>(english.keySet())).as("keys only in Japanese").containsAll(japanese.keySet());
        List<String> differing = new ArrayList<>();
        english.forEach((key, en) -> {
            if (!placeholders(en).equals(placeholders(japanese.get(key)))) {
                differing.add(key + ": " + en + " / " + japanese.get(key));
            }
        });
        assertThat(differing).as("messages whose placeholders differ between the languages").isEmpty();
        assertThat(japanese.entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey).toList())
                .as("empty Japanese messages").isEmpty();
    }

    @Test
    void aDuplicatedKeyIsFound() throws IOException {
        assertThat(duplicates("a=1\nb=2\n# a=3\na=4\n")).containsExactly("a");
        assertThat(placeholders("{0} of {1,number}")).containsExactly("0", "1");
    }

    private static Map<String, String> load(String name) throws IOException {
        String text = new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        assertThat(duplicates(text)).as("keys written twice in " + name).isEmpty();
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((k, v) -> messages.put((String) k, (String) v));
        return messages;
    }

    private static Set<String> duplicates(String text) throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        boolean continued = false;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            boolean startsKey = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
            continued = line.endsWith("\\");
            if (startsKey) {
                String key = trimmed.split("[=:\\s]", 2)[0];
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        return twice;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message == null ? "" : message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}

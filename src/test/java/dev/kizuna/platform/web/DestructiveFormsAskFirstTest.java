package dev.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every form that cancels, deletes, merges, undoes or removes asks first (data-confirm, with what will happen) — issue
 * 24 found a task cancelled in one click, and an import, a voice merge and a subscription the same way. The pages
 * that are themselves the question (the customers' delete and merge pages) are the exception.
 */
class DestructiveFormsAskFirstTest {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern DESTRUCTIVE = Pattern.compile("th:action=\"[^\"]*/(delete|cancel|merge|undo|remove)\\b");
    private static final List<String> CONFIRMATION_PAGES = List.of("customers/delete.html", "customers/merge.html");

    @Test
    void everyDestructiveFormAsksFirst() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        var unasked = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (CONFIRMATION_PAGES.contains(name)) {
                    continue;
                }
                FORM.matcher(Files.readString(file)).results().map(m -> m.group())
                        .filter(form -> DESTRUCTIVE.matcher(form).find() && !form.contains("data-confirm"))
                        .forEach(form -> unasked.add(name + ": " + form.replaceAll("\\s+", " ")));
            }
        }
        assertThat(unasked).isEmpty();
    }
}

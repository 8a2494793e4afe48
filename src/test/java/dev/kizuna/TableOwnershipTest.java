package dev.kizuna;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.kizuna.platform.db.ReadsTables;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * Every table belongs to one module: the one whose migration folder ({@code db/migration/<module>}) creates it, or
 * the one a later migration in its own folder hands it to with {@code comment on table t is 'Owned by the <module>
 * module …'}. A module's SQL (string literals and text blocks in its main sources, see {@link SqlText}) writes only
 * its own tables and reads another module's only where its package-info declares it with {@link ReadsTables}.
 * Plain files, no Spring, no database: it runs in well under a second.
 */
class TableOwnershipTest {

    private static final Path JAVA = Path.of("src/main/java/dev/kizuna");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:unlogged\\s+)?(?:table|view|materialized\\s+view)\\s+(?:if\\s+not\\s+exists\\s+)?"
                    + "([a-z_][a-z0-9_]*)");
    private static final Pattern HANDED_OVER = Pattern.compile(
            "(?i)\\bcomment\\s+on\\s+table\\s+([a-z_][a-z0-9_]*)\\s+is\\s+'owned by the ([a-z]+) module");

    @Test
    void everyModuleWritesOnlyItsOwnTablesAndReadsOthersOnlyAsDeclared() {
        Map<String, String> owners = owners(MIGRATIONS);
        List<String> problems = new ArrayList<>();
        for (String module : modules()) {
            Map<String, Set<String>> declared = declaredReads(module, problems);
            Set<String> used = new TreeSet<>();
            for (Path file : sources(module)) {
                SqlText sql = SqlText.of(read(file));
                Set<String> writes = sql.writes(owners.keySet());
                for (String table : writes) {
                    if (!owners.get(table).equals(module)) {
                        problems.add(where(file) + " writes " + owners.get(table) + "'s table " + table
                                + ": change it through " + owners.get(table) + "'s facade or an event");
                    }
                }
                for (String table : sql.reads(owners.keySet())) {
                    String owner = owners.get(table);
                    if (owner.equals(module) || writes.contains(table)) {
                        continue;
                    }
                    if (declared.getOrDefault(owner, Set.of()).contains(table)) {
                        used.add(table);
                    } else {
                        problems.add(where(file) + " reads " + owner + "'s table " + table + ", which " + module
                                + "'s package-info does not declare (@ReadsTables(module = \"" + owner + "\", …))");
                    }
                }
            }
            declared.values().stream().flatMap(Set::stream).filter(table -> !used.contains(table))
                    .forEach(table -> problems.add(module + " declares a read of " + table + " that no SQL of it makes"
                            + ": take it off its @ReadsTables"));
            declared.forEach((owner, tables) -> tables.stream()
                    .filter(table -> !owner.equals(owners.get(table)))
                    .forEach(table -> problems.add(module + " declares " + table + " as " + owner + "'s, but it is "
                            + owners.get(table) + "'s")));
        }
        assertThat(problems).as("SQL that crosses a module's tables").isEmpty();
    }

    /** Each declaration names a module the reader may depend on: reading data is depending on it. */
    @Test
    void declaredReadsFollowTheModuleDirection() {
        List<String> problems = new ArrayList<>();
        for (String module : modules()) {
            Set<String> allowed = new TreeSet<>(Arrays.asList(annotation(module).allowedDependencies()));
            allowed.add("platform");
            declaredReads(module, problems).keySet().stream().filter(owner -> !allowed.contains(owner))
                    .forEach(owner -> problems.add(module + " reads " + owner + "'s tables but may not depend on it"));
        }
        assertThat(problems).isEmpty();
    }

    /** The owners come from the migrations themselves, so a table created by hand-waving has no owner. */
    @Test
    void everyTableHasExactlyOneOwner() {
        Map<String, String> owners = owners(MIGRATIONS);
        assertThat(owners).containsEntry("company", "customers").containsEntry("deal", "sales")
                .containsEntry("sales_order", "commerce").containsEntry("notification", "notifications")
                .hasSizeGreaterThan(70);
    }

    static Map<String, String> owners(Path migrations) {
        Map<String, String> owners = new TreeMap<>();
        Map<String, String> handedOver = new TreeMap<>();
        try (Stream<Path> files = Files.walk(migrations)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String module = migrations.relativize(file).getName(0).toString();
                String text = read(file).replaceAll("--[^\n]*", "");
                Matcher create = CREATE.matcher(text);
                while (create.find()) {
                    String earlier = owners.put(create.group(1).toLowerCase(), module);
                    assertThat(earlier).as(create.group(1) + " created twice").isNull();
                }
                Matcher handover = HANDED_OVER.matcher(text);
                while (handover.find()) {
                    assertThat(handover.group(2)).as(file + " hands over a table for another module").isEqualTo(module);
                    handedOver.put(handover.group(1).toLowerCase(), module);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        owners.putAll(handedOver);
        return owners;
    }

    private static Map<String, Set<String>> declaredReads(String module, List<String> problems) {
        Map<String, Set<String>> declared = new TreeMap<>();
        ReadsTables[] reads = info(module).getAnnotationsByType(ReadsTables.class);
        for (ReadsTables read : reads) {
            if (read.why().isBlank()) {
                problems.add(module + "'s @ReadsTables of " + read.module() + " says no why");
            }
            declared.computeIfAbsent(read.module(), owner -> new TreeSet<>()).addAll(Arrays.asList(read.tables()));
        }
        return declared;
    }

    private static ApplicationModule annotation(String module) {
        return info(module).getAnnotation(ApplicationModule.class);
    }

    private static Class<?> info(String module) {
        try {
            return Class.forName("dev.kizuna." + module + ".package-info");
        } catch (ClassNotFoundException e) {
            throw new AssertionError(module + " has no package-info.java", e);
        }
    }

    private static List<String> modules() {
        try (Stream<Path> dirs = Files.list(JAVA)) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sources(String module) {
        try (Stream<Path> files = Files.walk(JAVA.resolve(module))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String where(Path file) {
        return JAVA.relativize(file).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

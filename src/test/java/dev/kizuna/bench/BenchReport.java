package dev.kizuna.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Writes a benchmark's figures to target/bench/NAME.json and a readable table to target/bench/NAME.md. */
public final class BenchReport {

    private BenchReport() {
    }

    public static String write(String name, Map<String, Object> setup, List<Measurement> results) throws IOException {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValue(dir.resolve(name + ".json").toFile(), Map.of("benchmark", name, "setup", setup, "results", results));
        StringBuilder md = new StringBuilder("# " + name + "\n\n");
        setup.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n| scenario | what | p50 ms | p95 ms | baseline p50 ms | baseline p95 ms | p95 ratio |\n")
                .append("|---|---|---|---|---|---|---|\n");
        results.forEach(r -> md.append(r.row()).append('\n'));
        Files.writeString(dir.resolve(name + ".md"), md);
        return md.toString();
    }
}

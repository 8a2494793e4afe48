package dev.kizuna.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The table of contents of a backup archive ({@code kizuna-backup.properties}): the schema version (the last Flyway
 * migration) it was taken at, each table with its columns and row count in load order, each sequence's position, and
 * how many files it holds.
 */
record BackupManifest(String schemaVersion, List<Table> tables, Map<String, Sequence> sequences, long files,
        long fileBytes) {

    static final String ENTRY = "kizuna-backup.properties";
    static final int FORMAT = 1;

    record Table(String name, List<String> columns, long rows) {
    }

    record Sequence(long lastValue, boolean called) {
    }

    long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    void write(OutputStream out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", Integer.toString(FORMAT));
        properties.setProperty("schema-version", schemaVersion);
        properties.setProperty("tables", String.join(",", tables.stream().map(Table::name).toList()));
        for (Table table : tables) {
            properties.setProperty("table." + table.name() + ".columns", String.join(",", table.columns()));
            properties.setProperty("table." + table.name() + ".rows", Long.toString(table.rows()));
        }
        sequences.forEach((name, sequence) -> properties.setProperty("sequence." + name,
                sequence.lastValue() + "," + sequence.called()));
        properties.setProperty("files", Long.toString(files));
        properties.setProperty("file-bytes", Long.toString(fileBytes));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        properties.store(writer, "Kizuna backup: the database (PostgreSQL COPY, binary) and the uploaded files");
        writer.flush();
    }

    static BackupManifest read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!Integer.toString(FORMAT).equals(properties.getProperty("format"))) {
            throw new IOException("Not a Kizuna backup of format " + FORMAT + " (format "
                    + properties.getProperty("format") + ")");
        }
        List<Table> tables = Arrays.stream(properties.getProperty("tables", "").split(",")).filter(s -> !s.isEmpty())
                .map(name -> new Table(name, List.of(properties.getProperty("table." + name + ".columns").split(",")),
                        Long.parseLong(properties.getProperty("table." + name + ".rows"))))
                .toList();
        Map<String, Sequence> sequences = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().filter(key -> key.startsWith("sequence.")).sorted().forEach(key -> {
            String[] value = properties.getProperty(key).split(",");
            sequences.put(key.substring("sequence.".length()),
                    new Sequence(Long.parseLong(value[0]), Boolean.parseBoolean(value[1])));
        });
        return new BackupManifest(properties.getProperty("schema-version"), tables, sequences,
                Long.parseLong(properties.getProperty("files", "0")),
                Long.parseLong(properties.getProperty("file-bytes", "0")));
    }
}

package dev.kizuna.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** The bundled holiday list ({@code calendar/holidays-jp.tsv}), read once into an immutable sorted map. */
final class NationalHolidays {

    static final String RESOURCE = "calendar/holidays-jp.tsv";

    private final NavigableMap<LocalDate, Holiday> byDate;
    private final Coverage coverage;

    private NationalHolidays(NavigableMap<LocalDate, Holiday> byDate) {
        if (byDate.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lists no holidays");
        }
        this.byDate = Collections.unmodifiableNavigableMap(byDate);
        this.coverage = new Coverage(Year.from(byDate.firstKey()), Year.from(byDate.lastKey()));
        IntStream.rangeClosed(coverage.first().getValue(), coverage.last().getValue())
                .filter(year -> byDate.subMap(Year.of(year).atDay(1), true, Year.of(year).atMonth(12).atEndOfMonth(), true).isEmpty())
                .findFirst()
                .ifPresent(year -> {
                    throw new IllegalStateException(RESOURCE + " has no holidays in " + year + "; is it truncated?");
                });
    }

    static NationalHolidays bundled() {
        try (InputStream in = NationalHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    /** Lines of date, name and English name separated by tabs; lines starting with '#' are comments. */
    static NationalHolidays read(BufferedReader lines) throws IOException {
        NavigableMap<LocalDate, Holiday> byDate = new TreeMap<>();
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            LocalDate date = LocalDate.parse(cells[0]);
            byDate.put(date, new Holiday(date, cells[1], cells.length > 2 ? cells[2] : ""));
        }
        return new NationalHolidays(byDate);
    }

    Holiday on(LocalDate date) {
        return byDate.get(date);
    }

    NavigableMap<LocalDate, Holiday> between(LocalDate fromInclusive, LocalDate toInclusive) {
        return byDate.subMap(fromInclusive, true, toInclusive, true);
    }

    Coverage coverage() {
        return coverage;
    }
}

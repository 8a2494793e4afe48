package dev.kizuna.platform.table;

import static dev.kizuna.support.HostileFiles.cell;
import static dev.kizuna.support.HostileFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;

import dev.kizuna.support.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table readers refuse what would fill the heap, or is not a table, with the rule it broke. */
class TableLimitsTest {

    private static final TableLimits SMALL = new TableLimits(16_384, 100, 250, 1_048_576, 3, 20, 64 * 1024, 8, 1024);

    @TempDir
    Path dir;

    private Path sheet(String rows) throws IOException {
        return xlsx(dir.resolve("t.xlsx"), w -> w.write(rows), null);
    }

    private static String rule(ThrowingOpen open) {
        try {
            open.run();
        } catch (TableLimitException e) {
            return e.rule();
        } catch (IOException e) {
            throw new AssertionError("not a limit: " + e, e);
        }
        throw new AssertionError("nothing refused");
    }

    interface ThrowingOpen {
        void run() throws IOException;
    }

    private static void readAll(TableReader reader) throws IOException {
        try (reader) {
            while (reader.next() != null) {
                // reading is the test
            }
        }
    }

    @Test
    void aCellPastColumnXfdIsRefusedAndOneAtXfdIsRead() throws IOException {
        Path far = sheet("<row r=\"1\">" + cell("A1", "会社名") + "</row><row r=\"2\">" + cell("ZZZZZZ2", "x") + "</row>");
        assertThat(rule(() -> readAll(new XlsxReader(far)))).isEqualTo("ImportColumns");
        Path last = sheet("<row r=\"1\">" + cell("A1", "会社名") + "</row><row r=\"2\">" + cell("A2", "株式会社一")
                + cell("XFD2", "x") + "</row>");
        try (XlsxReader reader = new XlsxReader(last)) {
            assertThat(reader.next()).containsExactly("株式会社一"); // nothing right of the header is kept
        }
        Path overflow = sheet("<row r=\"1\">" + cell("ZZZZZZZZZZZZZZZZ1", "x") + "</row>");
        assertThat(rule(() -> new XlsxReader(overflow).close())).isEqualTo("ImportColumns");
    }

    @Test
    void rowNumbersThatAreNotOneToAMillionAreRefused() throws IOException {
        for (String r : new String[] {"abc", "0", "-1", "1048577", "99999999999999999999", ""}) {
            Path file = sheet("<row r=\"1\">" + cell("A1", "会社名") + "</row><row r=\"" + r + "\">" + cell("A2", "x")
                    + "</row>");
            assertThat(rule(() -> readAll(new XlsxReader(file)))).as(r).isEqualTo("ImportRowNumber");
        }
        Path noLetters = sheet("<row r=\"1\">" + cell("12", "x") + "</row>");
        assertThat(rule(() -> new XlsxReader(noLetters).close())).isEqualTo("ImportCellReference");
    }

    @Test
    void aCellOrRowPastItsLengthIsRefused() throws IOException {
        Path longCell = sheet("<row r=\"1\">" + cell("A1", "会社名") + "</row><row r=\"2\">"
                + cell("A2", "あ".repeat(32_768)) + "</row>");
        assertThat(rule(() -> readAll(new XlsxReader(longCell)))).isEqualTo("ImportCellLength");
        Path atLimit = sheet("<row r=\"1\">" + cell("A1", "会社名") + "</row><row r=\"2\">"
                + cell("A2", "あ".repeat(32_767)) + "</row>");
        try (XlsxReader reader = new XlsxReader(atLimit)) {
            assertThat(reader.next()[0]).hasSize(32_767);
        }
        Path longRow = sheet("<row r=\"1\">" + cell("A1", "a") + cell("B1", "b") + cell("C1", "c") + "</row>"
                + "<row r=\"2\">" + cell("A2", "x".repeat(100)) + cell("B2", "x".repeat(100)) + cell("C2", "x".repeat(100))
                + "</row>");
        assertThat(rule(() -> readAll(new XlsxReader(longRow, SMALL)))).isEqualTo("ImportRowLength");
    }

    @Test
    void theSharedStringTableIsBoundedInCountAndCharacters() throws IOException {
        String row = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
        Path many = xlsx(dir.resolve("many.xlsx"), w -> w.write(row),
                w -> w.write("<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si><si><t>d</t></si>"));
        assertThat(rule(() -> new XlsxReader(many, SMALL).close())).isEqualTo("ImportSharedStrings");
        Path big = xlsx(dir.resolve("big.xlsx"), w -> w.write(row),
                w -> w.write("<si><t>0123456789</t></si><si><t>0123456789</t></si><si><t>x</t></si>"));
        assertThat(rule(() -> new XlsxReader(big, SMALL).close())).isEqualTo("ImportSharedChars");
        Path fine = xlsx(dir.resolve("fine.xlsx"), w -> w.write(row + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c></row>"),
                w -> w.write("<si><t>会社名</t></si><si><t>x</t></si><si><r><t>株式</t></r><r><t>会社</t></r>"
                        + "<rPh><t>カブシキ</t></rPh></si>"));
        try (XlsxReader reader = new XlsxReader(fine, SMALL)) {
            assertThat(reader.header()).containsExactly("会社名");
            assertThat(reader.next()).containsExactly("株式会社");
        }
    }

    @Test
    void aPartThatUnpacksTooFarIsRefused() throws IOException {
        // 20 MB of shared strings pack to a few kilobytes: POI's ratio guard stops it early
        String si = "<si><t>" + "a".repeat(100) + "</t></si>";
        Path bomb = xlsx(dir.resolve("bomb.xlsx"), w -> w.write("<row r=\"1\">" + cell("A1", "会社名") + "</row>"), w -> {
            for (int i = 0; i < 200_000; i++) {
                w.write(si);
            }
        });
        assertThat(rule(() -> readAll(new XlsxReader(bomb)))).isEqualTo("ImportPackedTight");
        // past the part limit without being a bomb; one cell longer than a cell may be, even inside a bomb
        Path large = xlsx(dir.resolve("large.xlsx"), w -> {
            for (int i = 1; i <= 2_000; i++) {
                w.write("<row r=\"" + i + "\">" + cell("A" + i, HostileFiles.noise(40, i)) + "</row>");
            }
        }, null);
        assertThat(rule(() -> readAll(new XlsxReader(large, SMALL)))).isEqualTo("ImportPartSize");
        Path oneCell = xlsx(dir.resolve("cell.xlsx"), w -> {
            w.write("<row r=\"1\">" + cell("A1", "会社名") + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            HostileFiles.repeat(w, 'a', 20L << 20);
            w.write("</t></is></c></row>");
        }, null);
        assertThat(rule(() -> readAll(new XlsxReader(oneCell)))).isIn("ImportCellLength", "ImportPackedTight");
    }

    @Test
    void aLongTagAZipOfManyPartsAndAnAbsurdExponentAreHandled() throws IOException {
        Path tag = sheet("<row r=\"1\" x=\"" + "y".repeat(5_000) + "\">" + cell("A1", "x") + "</row>");
        assertThat(rule(() -> new XlsxReader(tag, SMALL).close())).isEqualTo("ImportMarkupSize");
        Path doctype = xlsx(dir.resolve("dtd.xlsx"), w -> w.write(cell("A1", "x")), null);
        assertThat(new XlsxReader(doctype, SMALL).header()).isEmpty(); // a cell outside a row is no row
        Path parts = xlsx(dir.resolve("parts.xlsx"), w -> w.write("<row r=\"1\">" + cell("A1", "x") + "</row>"),
                w -> w.write("<si><t>a</t></si>"));
        TableLimits fewParts = new TableLimits(16_384, 100, 250, 1_048_576, 3, 20, 64 * 1024, 5, 1024);
        assertThat(rule(() -> new XlsxReader(parts, fewParts).close())).isEqualTo("ImportZipEntries");
        long start = System.nanoTime();
        assertThat(XlsxReader.plainNumber("1E999999999")).isEqualTo("1E999999999");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void aCsvFieldRecordOrColumnCountPastItsLimitIsRefused() throws IOException {
        assertThat(rule(() -> readAll(new CsvReader(new StringReader("name\r\n" + "x".repeat(32_768) + "\r\n")))))
                .isEqualTo("ImportCellLength");
        assertThat(rule(() -> readAll(new CsvReader(new StringReader("name\r\n" + ",".repeat(16_384) + "\r\n")))))
                .isEqualTo("ImportColumns");
        assertThat(rule(() -> new CsvReader(new StringReader(",".repeat(20_000))).close())).isEqualTo("ImportColumns");
        assertThat(rule(() -> readAll(new CsvReader(new StringReader("a,b,c\r\n" + ("x".repeat(99) + ",").repeat(3)),
                SMALL)))).isEqualTo("ImportRowLength");
        try (CsvReader reader = new CsvReader(new StringReader("会社名,電話\r\n株式会社一,03,extra,more\r\n"))) {
            assertThat(reader.next()).containsExactly("株式会社一", "03");
        }
    }
}

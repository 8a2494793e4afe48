package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import dev.kizuna.platform.table.CsvWriter;
import org.junit.jupiter.api.Test;

/**
 * CSV formula injection (issue 15): a cell that starts with = + - @, a tab or a carriage return is written behind a
 * single quote so a spreadsheet shows it as text instead of running it; plain numbers (amounts, -1500) stay numbers;
 * an import takes the quote off again, so a file Kizuna wrote imports back unchanged.
 */
class SpreadsheetSafetyTest {

    @Test
    void formulaCharactersAreQuotedAndNumbersAreNot() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out, StandardCharsets.UTF_8, false)) {
            csv.row("=HYPERLINK(\"http://evil.example\",\"見積\")", "+81 3 1234", "-2+3+cmd|'/C calc'!A0", "@SUM(A1)",
                    "\t=1+1", "\r=1", "-1500", "12.5", "+10", "株式会社さくら", "a=b", "");
        }
        String[] cells = out.toString(StandardCharsets.UTF_8).strip().split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        assertThat(cells[0]).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"見積\"\")\"");
        assertThat(cells[1]).isEqualTo("'+81 3 1234");
        assertThat(cells[2]).isEqualTo("'-2+3+cmd|'/C calc'!A0");
        assertThat(cells[3]).isEqualTo("'@SUM(A1)");
        assertThat(cells[4]).isEqualTo("'\t=1+1");
        assertThat(cells[5]).isEqualTo("\"'\r=1\"");
        assertThat(cells[6]).as("a negative amount stays a number").isEqualTo("-1500");
        assertThat(cells[7]).isEqualTo("12.5");
        assertThat(cells[8]).isEqualTo("+10");
        assertThat(cells[9]).isEqualTo("株式会社さくら");
        assertThat(cells[10]).isEqualTo("a=b");
        assertThat(cells[11]).isEmpty();
    }

    @Test
    void anImportTakesTheGuardOffAgain() {
        assertThat(ImportValues.unquoted(CsvWriter.safe("=SUM(A1)"))).isEqualTo("=SUM(A1)");
        assertThat(ImportValues.unquoted(CsvWriter.safe("-2+3"))).isEqualTo("-2+3");
        assertThat(ImportValues.unquoted("'quoted text'")).as("a quote before anything else stays")
                .isEqualTo("'quoted text'");
        assertThat(ImportValues.unquoted("-1500")).isEqualTo("-1500");
    }
}

package dev.kizuna.platform.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFormatsTest {

    @TempDir
    Path dir;

    @Test
    void shiftJisIsToldFromUtf8WithAndWithoutBom() {
        String text = "会社名,フリガナ\r\n株式会社髙橋,ﾀｶﾊｼ\r\n";
        assertThat(FileFormats.detect(text.getBytes(FileFormats.CP932))).isEqualTo(FileFormats.CP932);
        assertThat(FileFormats.detect(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(FileFormats.detect(bom)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(FileFormats.detect(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void cp932HoldsTheCharactersShiftJisLacks() {
        String excel = "髙﨑①②Ⅲ㈱ｱｲｳ";
        assertThat(new String(excel.getBytes(FileFormats.CP932), FileFormats.CP932)).isEqualTo(excel);
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAcrossCrlf() throws IOException {
        String csv = "\uFEFF会社名,メモ,電話\r\n\"株式会社 \"\"さくら\"\"\",\"1行目\r\n2行目, 続き\",03-1234-5678\r\n\r\n最後,,\r\nend,no newline,x";
        try (CsvReader reader = new CsvReader(new StringReader(csv))) {
            assertThat(reader.header()).containsExactly("会社名", "メモ", "電話");
            assertThat(reader.next()).containsExactly("株式会社 \"さくら\"", "1行目\r\n2行目, 続き", "03-1234-5678");
            assertThat(reader.row()).isEqualTo(2);
            assertThat(reader.next()).containsExactly("最後", "", "");
            assertThat(reader.row()).isEqualTo(4); // the blank line is counted, as a spreadsheet numbers rows
            assertThat(reader.next()).containsExactly("end", "no newline", "x");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void tabsMakeATsv() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader("名前\t住所, 番地\nA\tB, C\n"))) {
            assertThat(reader.delimiter()).isEqualTo('\t');
            assertThat(reader.next()).containsExactly("A", "B, C");
        }
    }

    @Test
    void aBufferBoundaryInsideAQuotedFieldLosesNothing() throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String value = "値\"" + i + "\"\n改行";
            expected.add(value);
            csv.append(i).append(",\"").append(value.replace("\"", "\"\"")).append("\"\r\n");
        }
        try (CsvReader reader = new CsvReader(new StringReader(csv.toString()))) {
            for (int i = 0; i < 20_000; i++) {
                String[] row = reader.next();
                assertThat(row).containsExactly(Integer.toString(i), expected.get(i));
            }
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void anXlsxWeWriteReadsBackWithTheSameTextAndRowNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(TableWriter.Format.XLSX, out)) {
            writer.row("会社名", "メモ", "金額");
            writer.row("株式会社髙橋 & <﨑>", "1行目\n2行目", "1200");
            writer.row("", "", "");
            writer.row("ｶﾀｶﾅ", null, "3");
        }
        Path file = dir.resolve("t.xlsx");
        Files.write(file, out.toByteArray());
        assertThat(FileFormats.isXlsx(file)).isTrue();
        try (TableReader reader = TableReader.open(file, null)) {
            assertThat(reader.header()).containsExactly("会社名", "メモ", "金額");
            assertThat(reader.next()).containsExactly("株式会社髙橋 & <﨑>", "1行目\n2行目", "1200");
            assertThat(reader.row()).isEqualTo(2);
            assertThat(reader.next()).containsExactly("ｶﾀｶﾅ", "", "3");
            assertThat(reader.row()).isEqualTo(4);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void csvForExcelHasABomCrlfAndQuotesOnlyWhereNeeded() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(TableWriter.Format.CSV_UTF8, out)) {
            writer.row("名前", "メモ");
            writer.row("さくら, 本社", "言った\"はい\"\n次");
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF名前,メモ\r\n\"さくら, 本社\",\"言った\"\"はい\"\"\n次\"\r\n");
        ByteArrayOutputStream sjis = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(TableWriter.Format.CSV_CP932, sjis)) {
            writer.row("髙﨑①");
        }
        assertThat(new String(sjis.toByteArray(), FileFormats.CP932)).isEqualTo("髙﨑①\r\n");
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(XlsxWriter.column(0)).isEqualTo("A");
        assertThat(XlsxWriter.column(25)).isEqualTo("Z");
        assertThat(XlsxWriter.column(26)).isEqualTo("AA");
        assertThat(XlsxReader.columnIndex("AB12")).isEqualTo(27);
        assertThat(XlsxReader.plainNumber("1.0E7")).isEqualTo("10000000");
    }
}

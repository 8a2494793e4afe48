package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.platform.table.TableReader;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 「この一覧を書き出す」: a customers list filtered on a custom field (従業員数 ≥ 30), sorted by it, with the columns
 * chosen in the list's column chooser (which sends one {@code cols} per ticked column) is written with exactly those
 * filters, that sort and those columns, in each format; 種別 and 状態 as the words the list shows; the CP932 file
 * labelled windows-31j.
 */
class ListExportTest extends ApiTestBase {

    @TempDir
    Path dir;

    @Test
    void aFilteredListWithChosenColumnsIsWrittenAsShown() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        var owner = accounts.create(PermissionLevel.MEMBER);
        String member = accounts.token(owner);
        String ownerName = jdbc.sql("select display_name from app_user where id = ?").param(owner.id())
                .query(String.class).single();
        String key = "staff" + java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        mvc.perform(post(admin, "/api/v1/custom-fields", """
                {"objectType":"company","key":"%s","label":"従業員数","labelEn":"Staff","type":"number"}""".formatted(key)))
                .andExpect(status().isCreated());
        String prefix = unique("髙﨑書出");
        company(member, prefix + "大", "03-1111-2222", owner.id(), key, 120);
        company(member, prefix + "中", "03-1111-3333", owner.id(), key, 45);
        company(member, prefix + "小", "03-1111-4444", owner.id(), key, 5);
        String field = "customFields." + key;
        String query = "q=" + enc(prefix) + "&cf=" + enc(field) + "&co=gte&cv=30&sort=" + enc(field) + "&desc=true"
                + "&cols=area&cols=phone&cols=ownerId&cols=status&cols=kind&cols=" + enc(field);

        for (String format : List.of("csv-utf8", "csv-cp932", "xlsx")) {
            List<String[]> rows = export(member, query, format, "ja");
            assertThat(rows.getFirst()).as(format).containsExactly("名称", "フリガナ", "郵便番号", "都道府県", "市区町村",
                    "町域・番地", "建物名", "電話番号", rows.getFirst()[8], "状態", "種別", "従業員数");
            assertThat(rows.getFirst()[8]).startsWith("担当者");
            assertThat(rows).as(format).hasSize(3); // the small one is filtered out
            assertThat(rows.get(1)).containsExactly(prefix + "大", "", "", "", "", "", "", "03-1111-2222", ownerName,
                    "取引中", "法人", "120");
            assertThat(rows.get(2)[0]).isEqualTo(prefix + "中"); // sorted by 従業員数, largest first
            assertThat(rows.get(2)[11]).isEqualTo("45");
        }
        List<String[]> english = export(member, query, "csv-utf8", "en");
        assertThat(english.get(1)[9]).isEqualTo("Customer");
        assertThat(english.get(1)[10]).isEqualTo("Company");
        assertThat(english.getFirst()[11]).isEqualTo("Staff");
    }

    @Test
    void aListQueryWithoutColumnsWritesTheColumnsTheListShowsByDefault() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String name = unique("既定列");
        mvc.perform(post(member, "/api/v1/companies", "{\"name\":\"" + name + "\",\"phone\":\"03-5555-6666\"}"))
                .andExpect(status().isCreated());
        List<String[]> rows = export(member, "q=" + enc(name), "csv-utf8", "ja");
        assertThat(Arrays.asList(rows.getFirst()).subList(0, 8)).containsExactly("名称", "フリガナ", "郵便番号",
                "都道府県", "市区町村", "町域・番地", "建物名", "電話番号");
        assertThat(rows.getFirst()).hasSize(10);
        assertThat(rows.getFirst()[8]).isEqualTo("状態");
        assertThat(rows.getFirst()[9]).startsWith("担当者");
        assertThat(Exports.asShown("q=x")).isEqualTo("q=x&cols=area,phone,status,ownerId");
        assertThat(Exports.asShown("q=x&cols=phone")).isEqualTo("q=x&cols=phone");
    }

    @Test
    void theCp932FileIsLabelledWindows31jAndHoldsItsBytes() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String name = unique("髙﨑①");
        mvc.perform(post(member, "/api/v1/companies", "{\"name\":\"" + name + "\"}")).andExpect(status().isCreated());
        String ready = ready(member, "q=" + enc(name) + "&cols=phone", "csv-cp932", "ja");
        byte[] file = mvc.perform(get(member, (String) JsonPath.read(ready, "$.fileUrl")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsStringIgnoringCase(
                        "charset=windows-31j")))
                .andReturn().getResponse().getContentAsByteArray();
        // 﨑 and ① are CP932's own (IBM and NEC extensions): the name comes back as it was typed, not folded to 崎 or 1
        assertThat(indexOf(file, new byte[] {(byte) 0xFA, (byte) 0xB1})).as("﨑 as CP932 writes it").isPositive();
        assertThat(new String(file, FileFormats.CP932)).contains(name);
    }

    @Test
    void aFormulaTypedIntoACustomerIsTextInTheCsvFilesAndUnchangedInTheWorkbook() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String suffix = unique("式");
        mvc.perform(post(member, "/api/v1/companies", "{\"name\":\"=1+2" + suffix + "\",\"phone\":\"03-7777-8888\"}"))
                .andExpect(status().isCreated());
        String query = "q=" + enc(suffix) + "&cols=phone";
        for (String format : List.of("csv-utf8", "csv-cp932")) {
            assertThat(export(member, query, format, "ja").get(1)[0]).as(format).isEqualTo("'=1+2" + suffix);
        }
        assertThat(export(member, query, "xlsx", "ja").get(1)[0]).as("a workbook cell is text already")
                .isEqualTo("=1+2" + suffix);
    }

    private void company(String token, String name, String phone, java.util.UUID owner, String key, int staff)
            throws Exception {
        mvc.perform(post(token, "/api/v1/companies", """
                {"name":"%s","phone":"%s","status":"customer","ownerId":"%s","customFields":{"%s":%d}}"""
                .formatted(name, phone, owner, key, staff))).andExpect(status().isCreated());
    }

    private List<String[]> export(String token, String query, String format, String language) throws Exception {
        String ready = ready(token, query, format, language);
        byte[] file = mvc.perform(get(token, (String) JsonPath.read(ready, "$.fileUrl"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Path saved = dir.resolve(format + "-" + language + (format.equals("xlsx") ? ".xlsx" : ".csv"));
        Files.write(saved, file);
        List<String[]> rows = new ArrayList<>();
        try (TableReader reader = TableReader.open(saved, format.equals("csv-cp932") ? FileFormats.CP932 : null)) {
            rows.add(reader.header().toArray(String[]::new));
            String[] row;
            while ((row = reader.next()) != null) {
                String[] padded = Arrays.copyOf(row, rows.getFirst().length);
                for (int i = 0; i < padded.length; i++) {
                    padded[i] = padded[i] == null ? "" : padded[i];
                }
                rows.add(padded);
            }
        }
        return rows;
    }

    private String ready(String token, String query, String format, String language) throws Exception {
        String body = mvc.perform(post(token, "/api/v1/exports", "{\"query\":\"" + query + "\",\"format\":\"" + format
                        + "\"}").header("Accept-Language", language))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String path = "/api/v1/exports/" + JsonPath.read(body, "$.id");
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String now = mvc.perform(get(token, path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String status = JsonPath.read(now, "$.status");
            assertThat(status).as(now).isNotEqualTo("failed");
            if ("done".equals(status)) {
                return now;
            }
            assertThat(System.nanoTime()).as("export never finished").isLessThan(end);
            Thread.sleep(100);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (data[i] == part[0] && data[i + 1] == part[1]) {
                return i;
            }
        }
        return -1;
    }
}

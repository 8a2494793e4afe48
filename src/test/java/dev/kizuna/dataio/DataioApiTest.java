package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.platform.table.FileFormats;
import dev.kizuna.platform.table.TableReader;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code /api/v1/imports} and {@code /api/v1/exports}: the whole flow, errors as problem+json, permissions. */
class DataioApiTest extends ApiTestBase {

    @TempDir
    Path dir;

    private org.springframework.test.web.servlet.RequestBuilder upload(String token, String name, byte[] bytes) {
        return multipart("/api/v1/imports").file(new MockMultipartFile("file", name, "text/csv", bytes))
                .header("Authorization", "Bearer " + token);
    }

    private String await(String token, String path, String status) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String body = mvc.perform(get(token, path)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            String now = JsonPath.read(body, "$.status");
            if (now.equals(status)) {
                return body;
            }
            assertThat(now).isNotEqualTo("failed");
            assertThat(System.nanoTime()).as("%s never became %s: %s", path, status, body).isLessThan(end);
            Thread.sleep(100);
        }
    }

    @Test
    void uploadMapDryRunImportReadErrorsAndExportBack() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String csv = "Account Name,Phone,Billing State/Province,Billing City,Employees,Memo\r\n"
                + "API商事" + suffix + ",03-3333-0001,東京都,港区,12,x\r\n"
                + "API工業" + suffix + ",not a phone,大阪府,北区,5,y\r\n"
                + "API式" + suffix + ",=HYPERLINK(1),大阪府,北区,5,y\r\n";
        String body = mvc.perform(upload(member, "salesforce.csv", csv.getBytes(FileFormats.CP932)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("uploaded"))
                .andExpect(jsonPath("$.recognisedSource").value("salesforce"))
                .andExpect(jsonPath("$.mapping[0]").value("name"))
                .andExpect(jsonPath("$.mapping[5]").value(""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = JsonPath.read(body, "$.id");
        String path = "/api/v1/imports/" + id;

        mvc.perform(get(member, path + "/preview"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.header[0]").value("Account Name"))
                .andExpect(jsonPath("$.rows[0][0]").value("API商事" + suffix))
                .andExpect(jsonPath("$.targets[0]").value("name"));

        // Update by a key that is not mapped: named field, rule and a Japanese message.
        mvc.perform(put(member, path + "/mapping", """
                        {"mapping": ["name", "phone", "prefecture", "city", "employeeCount", ""],
                         "mode": "update", "matchKey": "corporateNumber"}""").header("Accept-Language", "ja"))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("matchKey"))
                .andExpect(jsonPath("$.errors[0].code").value("ImportKeyNotMapped"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("列を割り当てて")));
        mvc.perform(put(member, path + "/mapping", "{\"mapping\": [\"name\", \"nonsense\"]}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("mapping", "mapping[1]")));
        mvc.perform(put(member, path + "/mapping", """
                        {"mapping": ["name", "phone", "prefecture", "city", "employeeCount", ""], "mode": "insert"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mode").value("insert"));

        mvc.perform(post(member, path + "/dry-run", "")).andExpect(status().isAccepted());
        String dry = await(member, path, "dry_run_done");
        assertThat((Integer) JsonPath.read(dry, "$.dryRun.created")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(dry, "$.dryRun.failed")).isEqualTo(2);
        mvc.perform(get(member, path + "/errors?pass=dry").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].row").value(3))
                .andExpect(jsonPath("$.items[0].column").value("Phone"))
                .andExpect(jsonPath("$.items[0].value").value("not a phone"))
                .andExpect(jsonPath("$.items[0].message").value(org.hamcrest.Matchers.containsString("Phone")));
        String errorsCsv = mvc.perform(get(member, path + "/errors.csv?pass=dry").header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errorsCsv).startsWith("\uFEFF行,列,値,理由\r\n3,Phone,not a phone,")
                .as("a value from a file is written as text, not as a formula").contains("\r\n4,Phone,'=HYPERLINK(1),");

        mvc.perform(post(member, path + "/start", "")).andExpect(status().isAccepted());
        String done = await(member, path, "done");
        assertThat((Integer) JsonPath.read(done, "$.counts.created")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(done, "$.progress.percent")).isEqualTo(100);
        mvc.perform(put(member, path + "/mapping", "{\"mapping\": [\"name\", \"\", \"\", \"\", \"\", \"\"]}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].code").value("ImportNotEditable"));

        // The same file again is the same import.
        mvc.perform(upload(member, "again.csv", csv.getBytes(FileFormats.CP932)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));

        // Export the customers list filtered to the imported one, as .xlsx and as CP932 CSV.
        String query = "q=" + java.net.URLEncoder.encode("API商事" + suffix, StandardCharsets.UTF_8) + "&cols=phone,area,employeeCount";
        for (String format : List.of("xlsx", "csv-cp932", "csv-utf8")) {
            String export = mvc.perform(post(member, "/api/v1/exports",
                            "{\"objectType\": \"company\", \"query\": \"" + query + "\", \"format\": \"" + format + "\"}"))
                    .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String exportPath = "/api/v1/exports/" + JsonPath.read(export, "$.id");
            String ready = await(member, exportPath, "done");
            assertThat((Integer) JsonPath.read(ready, "$.rowsDone")).isEqualTo(1);
            byte[] file = mvc.perform(get(member, (String) JsonPath.read(ready, "$.fileUrl")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            Path saved = dir.resolve("export." + (format.equals("xlsx") ? "xlsx" : "csv"));
            Files.write(saved, file);
            if (format.equals("csv-utf8")) {
                assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
            }
            try (TableReader reader = TableReader.open(saved, format.equals("csv-cp932") ? FileFormats.CP932 : null)) {
                assertThat(reader.header()).containsExactly("名称", "フリガナ", "電話番号", "郵便番号", "都道府県", "市区町村",
                        "町域・番地", "建物名", "従業員数");
                String[] row = reader.next();
                assertThat(row[0]).isEqualTo("API商事" + suffix);
                assertThat(row[2]).isEqualTo("03-3333-0001");
                assertThat(row[4]).isEqualTo("東京都");
                assertThat(row[8]).isEqualTo("12");
                assertThat(reader.next()).isNull();
            }
        }
    }

    @Test
    void aFileKizunaExportedImportsBackWithEveryColumnMapped() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String name = "往復" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post(member, "/api/v1/companies", "{\"kind\": \"company\", \"name\": \"" + name
                + "\", \"status\": \"customer\", \"phone\": \"03-1212-3434\"}")).andExpect(status().isCreated());
        // every built-in column, chosen in the list's column chooser (a list without cols= exports what it shows)
        String query = "q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8) + "&cols="
                + String.join(",", ExportColumns.COMPANY.keySet());
        for (String language : List.of("ja", "en")) {
            String export = mvc.perform(post(member, "/api/v1/exports", "{\"query\": \"" + query + "\", \"format\": \"xlsx\"}")
                    .header("Accept-Language", language))
                    .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String ready = await(member, "/api/v1/exports/" + JsonPath.read(export, "$.id"), "done");
            byte[] file = mvc.perform(get(member, (String) JsonPath.read(ready, "$.fileUrl"))).andReturn().getResponse()
                    .getContentAsByteArray();
            String uploaded = mvc.perform(multipart("/api/v1/imports")
                            .file(new MockMultipartFile("file", "back.xlsx", "application/octet-stream", file))
                            .header("Authorization", "Bearer " + member))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.format").value("xlsx"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            List<String> mapping = JsonPath.read(uploaded, "$.mapping");
            assertThat(mapping.subList(0, ExportColumns.COMPANY.size() - 2)).as(language)
                    .containsExactlyElementsOf(ExportColumns.COMPANY.keySet().stream().limit(ExportColumns.COMPANY.size() - 2).toList());
            assertThat(mapping.subList(ExportColumns.COMPANY.size() - 2, ExportColumns.COMPANY.size())).containsOnly("");
        }
    }

    @Test
    void undoingAnImportStopsItsCustomersActivitiesCountingInTheRollups() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String name = "取消テスト商事" + UUID.randomUUID();
        String id = JsonPath.read(mvc.perform(upload(member, "u.csv", ("会社名\r\n" + name + "\r\n")
                .getBytes(StandardCharsets.UTF_8))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8), "$.id");
        mvc.perform(post(member, "/api/v1/imports/" + id + "/start", "")).andExpect(status().isAccepted());
        await(member, "/api/v1/imports/" + id, "done");
        UUID company = jdbc.sql("select id from company where name = ?").param(name).query(UUID.class).single();
        String option = "select id from activity_option where kind = ? and name = ?";
        mvc.perform(post(member, "/api/v1/activities", """
                {"companyId":"%s","channelId":"%s","typeId":"%s","outcome":"reached","details":"取り込み直後の電話"}
                """.formatted(company, jdbc.sql(option).params("channel", "電話").query(UUID.class).single(),
                jdbc.sql(option).params("type", "納期確認").query(UUID.class).single())))
                .andExpect(status().isCreated());
        UUID by = jdbc.sql("select user_id from activity where company_id = ?").param(company).query(UUID.class)
                .single(); // a new member: this is the one activity of theirs
        String countedBy = "select coalesce(sum(activities), 0) from activity_day_count where user_id = ?";
        long before = jdbc.sql(countedBy).param(by).query(Long.class).single();
        assertThat(before).isEqualTo(1);

        mvc.perform(post(tokenFor(PermissionLevel.MANAGER), "/api/v1/imports/" + id + "/undo", ""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("undone"));

        assertThat(jdbc.sql("select count(*) from company where id = ?").param(company).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql(countedBy).param(by).query(Long.class).single())
                .as("the undone customer's activity no longer counts for its rep").isZero();
    }

    @Test
    void viewersCannotImportMembersCannotUndoAndNobodyReadsAnothersExport() throws Exception {
        String viewer = tokenFor(PermissionLevel.VIEWER);
        String member = tokenFor(PermissionLevel.MEMBER);
        String other = tokenFor(PermissionLevel.MEMBER);
        byte[] csv = ("会社名\r\n権限テスト" + UUID.randomUUID() + "\r\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload(viewer, "v.csv", csv)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        String id = JsonPath.read(mvc.perform(upload(member, "m.csv", csv)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
        mvc.perform(post(viewer, "/api/v1/imports/" + id + "/start", "")).andExpect(status().isForbidden());
        mvc.perform(post(member, "/api/v1/imports/" + id + "/start", "")).andExpect(status().isAccepted());
        await(member, "/api/v1/imports/" + id, "done");
        mvc.perform(post(member, "/api/v1/imports/" + id + "/undo", "")).andExpect(status().isForbidden());
        mvc.perform(post(tokenFor(PermissionLevel.MANAGER), "/api/v1/imports/" + id + "/undo", ""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("undone"));

        String export = mvc.perform(post(member, "/api/v1/exports", "{\"objectType\": \"contact\", \"format\": \"csv-utf8\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String exportId = JsonPath.read(export, "$.id");
        mvc.perform(get(other, "/api/v1/exports/" + exportId)).andExpect(status().isNotFound());
        mvc.perform(get(other, "/api/v1/exports/" + exportId + "/file")).andExpect(status().isNotFound());
        mvc.perform(get(viewer, "/api/v1/imports/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void badRequestsNameTheFieldAndTheRule() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        mvc.perform(multipart("/api/v1/imports").header("Authorization", "Bearer " + member))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value("NotBlank"));
        mvc.perform(upload(member, "empty.csv", "\r\n\r\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].code").value("ImportNoHeader"));
        mvc.perform(post(member, "/api/v1/exports", "{\"format\": \"pdf\"}").header("Accept-Language", "en"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("format"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("csv-utf8")));
        mvc.perform(post(member, "/api/v1/exports", "{\"query\": \"filter[nosuchfield]=1\"}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void historyIsImportedByManagersAndOnlyAdded() throws Exception {
        byte[] csv = ("受注番号,入金日,入金額\r\nO-" + UUID.randomUUID() + ",2026/11/2,10000\r\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "p.csv", "text/csv", csv))
                        .param("objectType", "payment").header("Authorization", "Bearer " + tokenFor(PermissionLevel.MEMBER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        String manager = tokenFor(PermissionLevel.MANAGER);
        String body = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "p.csv", "text/csv", csv))
                        .param("objectType", "payment").header("Authorization", "Bearer " + manager))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.objectType").value("payment"))
                .andExpect(jsonPath("$.mapping[0]").value("orderNumber"))
                .andExpect(jsonPath("$.mapping[1]").value("receivedOn"))
                .andExpect(jsonPath("$.mapping[2]").value("amount"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String path = "/api/v1/imports/" + JsonPath.read(body, "$.id");
        mvc.perform(put(manager, path + "/mapping", """
                        {"mapping": ["orderNumber", "receivedOn", "amount"], "mode": "upsert", "matchKey": "externalId"}""")
                        .header("Accept-Language", "en"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[?(@.field == 'mode')].code").value("ImportInsertOnly"))
                .andExpect(jsonPath("$.errors[?(@.field == 'mode')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("only added"))));
        mvc.perform(put(manager, path + "/mapping", "{\"mapping\": [\"orderNumber\", \"receivedOn\", \"\"]}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].code").value("ImportRequiredNotMapped"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("金額")));
        mvc.perform(post(manager, path + "/start", "")).andExpect(status().isAccepted());
        String done = await(manager, path, "done");
        assertThat(((Number) JsonPath.read(done, "$.counts.failed")).longValue()).isEqualTo(1L);
        mvc.perform(get(manager, path + "/errors?pass=run").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("ImportOrderNotFound"))
                .andExpect(jsonPath("$.items[0].column").value("受注番号"));
    }

    private static MockHttpServletRequestBuilder put(String token, String path, String json) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .header("Authorization", "Bearer " + token)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json);
    }
}

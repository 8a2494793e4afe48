package dev.kizuna.dataio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Imported customers get an owner: the mapped column's user (by e-mail or name), else the default chosen on the
 * mapping page, else the person who uploaded the file. The dry run says what it would do and that nothing is saved.
 */
class ImportOwnerTest extends ApiTestBase {

    @Test
    void ownersComeFromTheColumnThenTheChosenDefaultThenTheUploader() throws Exception {
        TestAccounts.Account importer = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account named = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account fallback = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(importer);
        String s = UUID.randomUUID().toString().substring(0, 6);
        String csv = "会社名,営業担当\r\n担当あり" + s + "," + named.email() + "\r\n担当なし" + s + ",\r\n";

        String withDefault = upload(token, csv);
        mvc.perform(put(token, "/api/v1/imports/" + withDefault + "/mapping", """
                        {"mapping":["name","ownerId"],"mode":"insert","defaultOwnerId":"%s"}""".formatted(fallback.id())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.defaultOwnerId").value(fallback.id().toString()));
        run(token, withDefault);
        assertThat(ownerOf("担当あり" + s)).isEqualTo(named.id());
        assertThat(ownerOf("担当なし" + s)).isEqualTo(fallback.id());

        String csv2 = "会社名\r\n既定なし" + s + "\r\n";
        String noDefault = upload(token, csv2);
        run(token, noDefault);
        assertThat(ownerOf("既定なし" + s)).as("the uploader").isEqualTo(importer.id());

        mvc.perform(put(token, "/api/v1/imports/" + upload(token, "会社名\r\nx" + s + "\r\n") + "/mapping",
                        "{\"mapping\":[\"name\"],\"defaultOwnerId\":\"" + UUID.randomUUID() + "\",\"duplicates\":\"maybe\"}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("defaultOwnerId", "duplicates")));
    }

    @Test
    void anOwnerIsFoundBeyondTheFirstTwoHundredPeople() throws Exception {
        TestAccounts.Account importer = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account named = accounts.create(PermissionLevel.MEMBER);
        String s = UUID.randomUUID().toString().substring(0, 6);
        List<UUID> ahead = new ArrayList<>();
        for (int i = 0; i < PageQuery.MAX_LIMIT + 1; i++) { // furigana ァ sorts before テスト: a picker's whole page
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into app_user (id, email, display_name, name_kana, password_hash, permission_level)
                    values (?, ?, ?, 'ァ', 'x', 'MEMBER')""").params(id, "ahead-" + s + "-" + i + "@test.example.jp",
                    "先頭 " + s + i).update();
            ahead.add(id);
        }
        try {
            String token = accounts.token(importer);
            String id = upload(token, "会社名,営業担当\r\n大勢" + s + "," + named.email() + "\r\n");
            mvc.perform(put(token, "/api/v1/imports/" + id + "/mapping", "{\"mapping\":[\"name\",\"ownerId\"]}"))
                    .andExpect(status().isOk());
            run(token, id);
            assertThat(ownerOf("大勢" + s)).isEqualTo(named.id());
        } finally { // the other tests' pickers keep their first page
            ahead.forEach(id -> jdbc.sql("update app_user set active = false where id = ?").param(id).update());
        }
    }

    @Test
    void theDryRunPageSaysNothingWasSavedYet() throws Exception {
        TestAccounts.Account member = accounts.create(PermissionLevel.MEMBER);
        jakarta.servlet.http.Cookie session = mvc.perform(formLogin("/login").user("email", member.email())
                .password(member.password())).andReturn().getResponse().getCookie("SESSION");
        String s = UUID.randomUUID().toString().substring(0, 6);
        String token = accounts.token(member);
        String id = upload(token, "会社名\r\n試行一" + s + "\r\n試行二" + s + "\r\n");
        mvc.perform(post(token, "/api/v1/imports/" + id + "/dry-run", "")).andExpect(status().isAccepted());
        await(token, id, "dry_run_done");
        mvc.perform(MockMvcRequestBuilders.get("/imports/" + id).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("試行: 2件を取り込めます (まだ保存していません)")))
                .andExpect(content().string(not(containsString("取り込みました"))))
                .andExpect(content().string(containsString("name=\"defaultOwnerId\"")))
                .andExpect(content().string(containsString("name=\"widenKana\"")));
        assertThat(jdbc.sql("select count(*) from company where name like ?").param("試行%" + s).query(Long.class)
                .single()).isZero();
    }

    private UUID ownerOf(String name) {
        return jdbc.sql("select owner_id from company where name = ?").param(name).query(UUID.class).single();
    }

    private String upload(String token, String csv) throws Exception {
        String body = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "owners.csv",
                        "text/csv", csv.getBytes(StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    private void run(String token, String id) throws Exception {
        mvc.perform(post(token, "/api/v1/imports/" + id + "/start", "")).andExpect(status().isAccepted());
        await(token, id, "done");
    }

    private void await(String token, String id, String wanted) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            String body = mvc.perform(get(token, "/api/v1/imports/" + id)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            String now = JsonPath.read(body, "$.status");
            if (now.equals(wanted)) {
                return;
            }
            assertThat(now).as(body).isNotEqualTo("failed");
            assertThat(System.nanoTime()).as("never " + wanted).isLessThan(end);
            Thread.sleep(100);
        }
    }

    private static MockHttpServletRequestBuilder put(String token, String path, String json) {
        return MockMvcRequestBuilders.put(path).header("Authorization", "Bearer " + token)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json);
    }
}

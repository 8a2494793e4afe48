package dev.kizuna.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The conventions every resource shares: errors, versions, idempotency, paging, languages. */
class ApiConventionsTest extends ApiTestBase {

    private static final String PROBLEM = "application/problem+json";

    private String newUserJson(String email) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"山田 太郎\",\"nameKana\":\"やまだ たろう\",\"level\":\"member\"}";
    }

    @Test
    void noTokenIs401AndAWrongLevelIs403BothAsProblemJson() throws Exception {
        mvc.perform(get(null, "/api/v1/users"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get(tokenFor(PermissionLevel.MEMBER), "/api/v1/audit-events"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("権限がありません"));
    }

    @Test
    void anUnknownRevokedOrDeactivatedTokenIs401() throws Exception {
        mvc.perform(get("kz_not-a-real-token", "/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:kizuna:problem:invalid-token"));
        var account = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(account);
        mvc.perform(get(token, "/api/v1/me")).andExpect(status().isOk());
        jdbc.sql("update app_user set active = false where id = ?").param(account.id()).update();
        mvc.perform(get(token, "/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void aReadOnlyTokenMayReadButNotWrite() throws Exception {
        String token = accounts.token(accounts.create(PermissionLevel.ADMIN), "read");
        mvc.perform(get(token, "/api/v1/users")).andExpect(status().isOk());
        mvc.perform(post(token, "/api/v1/users", newUserJson(unique("ro") + "@test.example.jp")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kizuna:problem:read-only-token"));
    }

    @Test
    void validationNamesEachFieldAndRuleInTheCallersLanguage() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String body = "{\"email\":\"not-an-email\",\"displayName\":\"\",\"nameKana\":\"yamada\",\"level\":\"member\"}";
        mvc.perform(post(admin, "/api/v1/users", body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[?(@.field=='email')].code").value(hasItem("Email")))
                .andExpect(jsonPath("$.errors[?(@.field=='displayName')].message").value(hasItem("氏名を入力してください。")))
                .andExpect(jsonPath("$.errors[?(@.field=='nameKana')].code").value(hasItem("Kana")));
        mvc.perform(post(admin, "/api/v1/users", body).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Some values are not valid"))
                .andExpect(jsonPath("$.errors[?(@.field=='displayName')].message").value(hasItem("Name is required.")));
        assertThat(jdbc.sql("select count(*) from app_user where email = 'not-an-email'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aDuplicateEmailIsAFieldError() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String email = unique("dup") + "@test.example.jp";
        mvc.perform(post(admin, "/api/v1/users", newUserJson(email))).andExpect(status().isCreated());
        mvc.perform(post(admin, "/api/v1/users", newUserJson(email.toUpperCase())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].code").value("Duplicate"));
    }

    @Test
    void aStaleVersionIs409AndNothingIsOverwritten() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        MvcResult created = mvc.perform(post(admin, "/api/v1/users", newUserJson(unique("v") + "@test.example.jp")))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\"")).andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        mvc.perform(patch(admin, "/api/v1/users/{id}", "{\"version\":0,\"displayName\":\"先に保存した人\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(patch(admin, "/api/v1/users/{id}", "{\"version\":0,\"displayName\":\"後から保存した人\"}", id))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kizuna:problem:stale-version"));
        mvc.perform(patch(admin, "/api/v1/users/{id}", "{\"displayName\":\"If-Match で保存\"}", id)
                        .header("If-Match", "\"1\""))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        mvc.perform(patch(admin, "/api/v1/users/{id}", "{\"displayName\":\"版なし\"}", id))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get(admin, "/api/v1/users/{id}", id)).andExpect(jsonPath("$.displayName").value("If-Match で保存"));
    }

    @Test
    void theSameIdempotencyKeyAndBodyGiveTheSameAnswerAndOneRecord() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String email = unique("idem") + "@test.example.jp";
        String key = unique("key");
        MvcResult first = mvc.perform(post(admin, "/api/v1/users", newUserJson(email)).header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn();
        MvcResult again = mvc.perform(post(admin, "/api/v1/users", newUserJson(email)).header("Idempotency-Key", key))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")).andReturn();
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(count(email)).isEqualTo(1);
        mvc.perform(post(admin, "/api/v1/users", newUserJson(unique("x") + "@test.example.jp")).header("Idempotency-Key", key))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kizuna:problem:idempotency-mismatch"));
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneRecord() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String email = unique("race") + "@test.example.jp";
        String key = unique("race-key");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> call = () -> mvc.perform(post(admin, "/api/v1/users", newUserJson(email))
                        .header("Idempotency-Key", key)).andReturn().getResponse().getStatus();
                answers.add(pool.submit(call));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count(email)).isEqualTo(1);
    }

    @Test
    void listsAreKeysetPagedInFuriganaOrderWithoutGapsOrRepeats() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String tag = unique("page");
        for (String kana : List.of("わたなべ", "あおき", "かとう", "さとう", "いとう")) {
            mvc.perform(post(admin, "/api/v1/users", "{\"email\":\"" + kana.hashCode() + tag + "@test.example.jp\","
                    + "\"displayName\":\"" + tag + "\",\"nameKana\":\"" + kana + "\",\"level\":\"viewer\"}"))
                    .andExpect(status().isCreated());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = get(admin, "/api/v1/users").param("q", tag).param("limit", "2");
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> kana = JsonPath.read(json, "$.items[*].nameKana");
            assertThat(kana.size()).isLessThanOrEqualTo(2);
            seen.addAll(kana);
            cursor = JsonPath.read(json, "$.nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly("アオキ", "イトウ", "カトウ", "サトウ", "ワタナベ");
    }

    @Test
    void aBadCursorOrLimitIs400Or422NotA500() throws Exception {
        String token = tokenFor(PermissionLevel.VIEWER);
        mvc.perform(get(token, "/api/v1/users").param("cursor", "garbage!"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cursor"));
        mvc.perform(get(token, "/api/v1/users").param("limit", "1000"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void brokenRequestsGetProblemsWithoutStackTraces() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        mvc.perform(post(admin, "/api/v1/users", "{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get(admin, "/api/v1/users/{id}", "no-such-id"))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get(admin, "/api/v1/users/{id}", java.util.UUID.randomUUID()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("urn:kizuna:problem:not-found"));
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/me").header("Authorization", "Bearer " + admin))
                .andExpect(status().isMethodNotAllowed()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void theOpenApiDocumentDescribesTheResources() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/users']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit-events']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/roles']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer").exists());
    }

    @Test
    void theBrowsableApiReferenceNeedsNoToken() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/docs")).andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/actuator/health"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void basicAuthGetsATokenShownOnceAndStoredHashed() throws Exception {
        var account = accounts.create(PermissionLevel.MEMBER);
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/api/v1/tokens")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(account.email(), account.password()))
                        .contentType("application/json").content("{\"name\":\"集計スクリプト\",\"scope\":\"read\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.startsWith("kz_")))
                .andReturn();
        String secret = JsonPath.read(result.getResponse().getContentAsString(), "$.token");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(secret).query(Long.class).single()).isZero();
        mvc.perform(get(secret, "/api/v1/me")).andExpect(jsonPath("$.email").value(account.email()));
        mvc.perform(get(secret, "/api/v1/tokens")).andExpect(jsonPath("$.items[0].prefix").exists())
                .andExpect(jsonPath("$.items[0].token").doesNotExist());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/users").with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.httpBasic(account.email(), account.password())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
        var account = accounts.create(PermissionLevel.MEMBER);
        var wrong = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(account.email(), "wrong-password");
        for (int i = 0; i < 5; i++) {
            mvc.perform(MockMvcRequestBuilders.post("/api/v1/tokens").with(wrong)
                    .contentType("application/json").content("{\"name\":\"x\"}")).andExpect(status().isUnauthorized());
        }
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/tokens")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(account.email(), account.password()))
                        .contentType("application/json").content("{\"name\":\"x\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:kizuna:problem:throttled"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'signin.failed' and actor_name = ?")
                .param(account.email()).query(Long.class).single()).isEqualTo(5);
    }

    private long count(String email) {
        return jdbc.sql("select count(*) from app_user where email = ?").param(email).query(Long.class).single();
    }
}

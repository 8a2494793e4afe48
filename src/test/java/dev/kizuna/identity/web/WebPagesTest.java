package dev.kizuna.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;

/** The pages for people: sign-in, language, permissions, forms that keep what was typed, htmx fragments. */
class WebPagesTest extends ApiTestBase {

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder page(String path, Object... vars) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder submit(String path, Object... vars) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, vars);
    }

    /** Sessions live in the database (Spring Session), so a test carries the SESSION cookie like a browser. */
    private Cookie signIn(TestAccounts.Account account) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn();
        return sessionOf(result);
    }

    private static Cookie sessionOf(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    @Test
    void signedOutPeopleAreSentToTheSignInPageWhichIsJapaneseByDefault() throws Exception {
        mvc.perform(page("/admin/users")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(page("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("ログイン")))
                .andExpect(content().string(containsString("lang=\"ja\"")));
        mvc.perform(page("/login").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(content().string(containsString("Keep me signed in")));
    }

    @Test
    void aWrongPasswordSaysSoInJapanese() throws Exception {
        var account = accounts.create(PermissionLevel.MEMBER);
        MvcResult failed = mvc.perform(formLogin("/login").user("email", account.email()).password("nope"))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        mvc.perform(page("/login?error").cookie(sessionOf(failed)))
                .andExpect(content().string(containsString("メールアドレスまたはパスワードが正しくありません。")));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        Cookie session = signIn(admin);
        mvc.perform(submit("/admin/roles").cookie(session).param("name", "CSRF なし"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from job_role where name = 'CSRF なし'").query(Long.class).single()).isZero();
    }

    @Test
    void aViewerGetsTheForbiddenPageNotTheUsersPage() throws Exception {
        Cookie session = signIn(accounts.create(PermissionLevel.VIEWER));
        // The container renders the 403 page (checked in the browser tests); MockMvc has no container.
        mvc.perform(page("/admin/users").cookie(session))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("users-table"))));
        mvc.perform(page("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/admin/users"))));
    }

    @Test
    void aRejectedNewUserFormKeepsWhatWasTypedAndNamesTheField() throws Exception {
        Cookie session = signIn(accounts.create(PermissionLevel.ADMIN));
        mvc.perform(submit("/admin/users/new").cookie(session).with(csrf())
                        .param("email", "yamada-at-example").param("displayName", "山田 太郎")
                        .param("nameKana", "ヤマダ タロウ").param("level", "MEMBER").param("locale", "ja")
                        .param("timeZone", "Asia/Tokyo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"yamada-at-example\"")))
                .andExpect(content().string(containsString("value=\"山田 太郎\"")))
                .andExpect(content().string(containsString("メールアドレスは name@example.co.jp のような形式で入力してください。")));
    }

    @Test
    void creatingAUserShowsTheTemporaryPasswordOnceAndTheyMustChangeIt() throws Exception {
        Cookie admin = signIn(accounts.create(PermissionLevel.ADMIN));
        String email = unique("new") + "@test.example.jp";
        MvcResult created = mvc.perform(submit("/admin/users/new").cookie(admin).with(csrf())
                        .param("email", email).param("displayName", "高橋 美咲").param("nameKana", "たかはし みさき")
                        .param("level", "MEMBER").param("locale", "ja").param("timeZone", "Asia/Tokyo"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String temporary = (String) created.getFlashMap().get("temporaryPassword");
        assertThat(temporary).hasSize(16);
        MvcResult first = mvc.perform(formLogin("/login").user("email", email).password(temporary)).andReturn();
        Cookie session = sessionOf(first);
        mvc.perform(page("/").cookie(session)).andExpect(redirectedUrl("/settings/password"));
    }

    @Test
    void everyAdministrationAndSettingsPageRendersInBothLanguages() throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        var member = accounts.create(PermissionLevel.MEMBER);
        accounts.token(member);
        String company = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(accounts.token(admin), "/api/v1/companies",
                "{\"name\":\"株式会社表示確認\",\"nameKana\":\"ヒョウジカクニン\",\"tags\":[\"重要\"]}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String contact = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(accounts.token(admin), "/api/v1/contacts",
                "{\"companyId\":\"" + company + "\",\"name\":\"表示 太郎\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        Cookie session = signIn(admin);
        for (String lang : java.util.List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, admin.id()).update();
            Cookie fresh = signIn(admin);
            for (String path : java.util.List.of("/", "/admin/users", "/admin/users/new", "/admin/users/" + member.id(),
                    "/admin/roles", "/admin/teams", "/admin/teams/new", "/admin/audit", "/settings",
                    "/settings/password", "/settings/tokens", "/customers", "/customers?q=ひょうじ",
                    "/customers/new", "/customers/new?kind=INDIVIDUAL", "/customers/" + company,
                    "/customers/" + company + "/edit", "/customers/" + company + "/contacts/new", "/contacts/" + contact, "/admin/required-fields",
                    "/customers?incomplete=true", "/customers/duplicates", "/customers/duplicates?type=contacts",
                    "/activities/new", "/activities/new?companyId=" + company, "/activities/new?kind=note&companyId=" + company,
                    "/activities/follow-ups", "/admin/activity-options", "/admin/custom-fields",
                    "/admin/custom-fields?object=contact",
                    "/compliance", "/compliance?period=2026-10", "/admin/compliance", "/daily-reports",
                    "/daily-reports/2026-10-13", "/admin/daily-reports")) {
                mvc.perform(page(path).cookie(fresh))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
        mvc.perform(page("/admin/users/" + member.id()).cookie(session))
                .andExpect(content().string(containsString("kz_")));
    }

    @Test
    void aCustomerFormPostedLikeABrowserWithEmptyOptionalFieldsIsSaved() throws Exception {
        Cookie session = signIn(accounts.create(PermissionLevel.MEMBER));
        String name = unique("空欄テスト");
        var result = mvc.perform(submit("/customers/new").cookie(session).with(csrf())
                        .param("kind", "COMPANY").param("name", name).param("nameKana", "").param("corporateNumber", "")
                        .param("postalCode", "100-0005").param("prefecture", "東京都").param("city", "千代田区")
                        .param("street", "丸の内1-6-1").param("building", "").param("phone", "0312345678")
                        .param("email", "").param("representative", "").param("website", "").param("industry", "")
                        .param("employeeCount", "").param("annualRevenue", "").param("status", "PROSPECT")
                        .param("ownerId", "").param("leadSource", "").param("tags", ""))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as(result.getResponse().getContentAsString().replaceAll("(?s).*(invalid-feedback[^<]*<[^<]*).*", "$1"))
                .startsWith("/customers/");
    }

    @Test
    void aContactIsAddedFromTheFormWithoutTickingPrimary() throws Exception {
        var member = accounts.create(PermissionLevel.MEMBER);
        String company = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(accounts.token(member), "/api/v1/companies",
                "{\"name\":\"" + unique("担当者追加") + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        Cookie session = signIn(member);
        mvc.perform(submit("/customers/{id}/contacts/new", company).cookie(session).with(csrf())
                        .param("companyId", company).param("name", "山口 修").param("nameKana", "やまぐち おさむ")
                        .param("department", "").param("title", "").param("phone", "").param("mobile", "080-1111-2222")
                        .param("email", "").param("notes", ""))
                .andExpect(redirectedUrl("/customers/" + company));
        mvc.perform(page("/customers/{id}", company).cookie(session))
                .andExpect(content().string(containsString("山口 修")))
                .andExpect(content().string(containsString("080-1111-2222")));
    }

    @Test
    void theNextPageLinkKeepsTheFiltersAndShowsTheRest() throws Exception {
        String tag = unique("pager");
        for (int i = 0; i < 27; i++) {
            accounts.create(PermissionLevel.VIEWER, tag + "-" + i + "@test.example.jp");
        }
        Cookie session = signIn(accounts.create(PermissionLevel.ADMIN));
        String first = mvc.perform(page("/admin/users").param("q", tag).param("sort", "email").cookie(session))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("data-testid=\"next-page\"\\s+href=\"([^\"]+)\"")
                .matcher(first);
        assertThat(next.find()).as("a next-page link").isTrue();
        String href = next.group(1).replace("&amp;", "&");
        assertThat(href).startsWith("/admin/users?").contains("q=" + tag).contains("sort=email").contains("cursor=");
        String second = mvc.perform(page(href).cookie(session)).andReturn().getResponse().getContentAsString();
        long rowsOnSecond = java.util.regex.Pattern.compile(tag + "-\\d+@").matcher(second).results().count();
        assertThat(rowsOnSecond).as("the 2 users after the first 25 (each shown twice: column and phone line)")
                .isEqualTo(4);
        assertThat(second).doesNotContain("data-testid=\"next-page\"");
    }

    @Test
    void htmxGetsOnlyTheResultsFragment() throws Exception {
        Cookie session = signIn(accounts.create(PermissionLevel.ADMIN));
        mvc.perform(page("/admin/users").param("q", "テスト").cookie(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void switchingLanguageIsRememberedInTheUsersSettings() throws Exception {
        var account = accounts.create(PermissionLevel.MEMBER);
        Cookie session = signIn(account);
        mvc.perform(submit("/language").cookie(session).with(csrf()).param("lang", "en").param("returnTo", "/settings"))
                .andExpect(redirectedUrl("/settings"));
        mvc.perform(page("/settings").cookie(session)).andExpect(content().string(containsString("Time zone")));
        assertThat(jdbc.sql("select locale from app_user where id = ?").param(account.id()).query(String.class).single())
                .isEqualTo("en");
        mvc.perform(submit("/language").cookie(session).with(csrf()).param("lang", "ja").param("returnTo", "https://evil.example"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void deactivatingAUserEndsTheirSessions() throws Exception {
        var member = accounts.create(PermissionLevel.MEMBER);
        Cookie memberSession = signIn(member);
        mvc.perform(page("/").cookie(memberSession)).andExpect(status().isOk());
        Cookie admin = signIn(accounts.create(PermissionLevel.ADMIN));
        mvc.perform(submit("/admin/users/{id}/deactivate", member.id()).cookie(admin).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(member.email())
                .query(Long.class).single()).isZero();
        mvc.perform(formLogin("/login").user("email", member.email()).password(member.password()))
                .andExpect(redirectedUrl("/login?error"));
    }

    /** Commerce (issue 6): every page of products, quotes and orders in both languages, and its forms. */
    @Test
    void everyCommercePageRendersInBothLanguagesAndItsFormsWork() throws Exception {
        var admin = accounts.create(PermissionLevel.ADMIN);
        String token = accounts.token(admin);
        String pipeline = mvc.perform(post(token, "/api/v1/pipelines", "{\"name\":\"" + unique("受注画面") + "\",\"stages\":["
                + "{\"name\":\"見積\",\"kind\":\"open\",\"winProbability\":60},{\"name\":\"受注\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"失注\",\"kind\":\"lost\",\"winProbability\":0}]}")).andReturn().getResponse().getContentAsString();
        String company = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(token, "/api/v1/companies",
                "{\"name\":\"" + unique("株式会社受注画面") + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        String deal = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(token, "/api/v1/deals", "{\"name\":\"名刺の年間契約\","
                + "\"companyId\":\"" + company + "\",\"pipelineId\":\"" + com.jayway.jsonpath.JsonPath.read(pipeline, "$.id")
                + "\",\"amount\":100000}")).andReturn().getResponse().getContentAsString(), "$.id");
        String product = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(token, "/api/v1/products", "{\"code\":\""
                + unique("NV") + "\",\"name\":\"焼き菓子詰め合わせ\",\"unitPrice\":1200,\"taxRate\":8}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        Cookie session = signIn(admin);

        // The quote form: an empty one names the rule; a product row and a typed row make the quote.
        mvc.perform(submit("/deals/{id}/quotes", deal).cookie(session).with(csrf()).param("title", "名刺と菓子")
                        .param("productId", "", "").param("description", "", "").param("quantity", "", "")
                        .param("unit", "", "").param("unitPrice", "", "").param("taxRate", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("明細を1行以上入力してください")))
                .andExpect(content().string(containsString("value=\"名刺と菓子\"")));
        MvcResult made = mvc.perform(submit("/deals/{id}/quotes", deal).cookie(session).with(csrf()).param("title", "名刺と菓子")
                        .param("productId", product, "").param("description", "", "名刺印刷 100枚")
                        .param("quantity", "10", "2").param("unit", "", "箱").param("unitPrice", "", "3,000")
                        .param("taxRate", "", "10"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String quotePage = made.getResponse().getRedirectedUrl();
        String quote = quotePage.substring("/quotes/".length());
        mvc.perform(page(quotePage).cookie(session))
                .andExpect(content().string(containsString("焼き菓子詰め合わせ")))
                .andExpect(content().string(containsString("19,560"))); // 12,000 + 960 + 6,000 + 600
        byte[] pdf = mvc.perform(page("/quotes/" + quote + ".pdf").cookie(session)).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // Won: the order appears; record its delivery and a payment through the forms.
        mvc.perform(submit("/quotes/{id}/accept", quote).cookie(session).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String stageWon = com.jayway.jsonpath.JsonPath.read(pipeline, "$.stages[1].id");
        // Accepting the quote gave the deal the quote's amount: the move sends the version that made.
        int dealVersion = com.jayway.jsonpath.JsonPath.read(mvc.perform(get(token, "/api/v1/deals/" + deal))
                .andReturn().getResponse().getContentAsString(), "$.version");
        org.assertj.core.api.Assertions.assertThat(dealVersion).isEqualTo(1);
        mvc.perform(post(token, "/api/v1/deals/" + deal + "/move", "{\"version\":" + dealVersion + ",\"stageId\":\""
                + stageWon + "\"}")).andExpect(status().isOk());
        String[] order = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() -> {
            order[0] = jdbc.sql("select id::text from sales_order where deal_id = ?::uuid").param(deal)
                    .query(String.class).optional().orElse(null);
            assertThat(order[0]).isNotNull();
        });
        mvc.perform(submit("/orders/{id}/payments", order[0]).cookie(session).with(csrf()).param("version", "0")
                        .param("amount", "999999").param("receivedOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("を超えられません")));
        mvc.perform(submit("/orders/{id}/delivery", order[0]).cookie(session).with(csrf()).param("version", "0")
                        .param("deliveredOn", "").param("dueOn", ""))
                .andExpect(redirectedUrl("/orders/" + order[0]));
        mvc.perform(submit("/orders/{id}/payments", order[0]).cookie(session).with(csrf()).param("version", "1")
                        .param("amount", "19,560").param("receivedOn", "").param("note", "振込"))
                .andExpect(redirectedUrl("/orders/" + order[0]));
        mvc.perform(page("/orders/" + order[0]).cookie(session))
                .andExpect(content().string(containsString("data-testid=\"order-status\">入金済")));

        for (String lang : java.util.List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, admin.id()).update();
            Cookie fresh = signIn(admin);
            for (String path : java.util.List.of("/admin/products", "/admin/products/" + product,
                    "/deals/" + deal, "/deals/" + deal + "/quotes", "/deals/" + deal + "/quotes/new",
                    "/quotes/" + quote, "/quotes/" + quote + "/edit", "/orders", "/orders/overdue",
                    "/orders/" + order[0], "/customers/" + company, "/daily-reports")) {
                mvc.perform(page(path).cookie(fresh))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(containsString("ja".equals(lang) ? "受注" : "Order")))
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
        mvc.perform(page("/admin/products").cookie(signIn(accounts.create(PermissionLevel.MEMBER))))
                .andExpect(status().isForbidden());
    }
}

package dev.kizuna.sales.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Leads: the public inquiry form with its spam checks, compliance-aware round-robin assignment with every reason
 * recorded, a manager's override, and qualification into a customer and a deal with the duplicate check.
 */
class LeadsTest extends ApiTestBase {

    @Autowired
    private InquiryController inquiry;

    private String admin;
    private UUID role;
    private TestAccounts.Account careful;
    private TestAccounts.Account careless;

    @BeforeEach
    void reps() throws Exception {
        jdbc.sql("delete from required_field").update();
        admin = tokenFor(PermissionLevel.ADMIN);
        role = UUID.randomUUID();
        jdbc.sql("insert into job_role (id, name) values (?, ?)").params(role, unique("新規担当")).update();
        careful = accounts.create(PermissionLevel.MEMBER);
        careless = accounts.create(PermissionLevel.MEMBER);
        for (TestAccounts.Account rep : List.of(careful, careless)) {
            jdbc.sql("insert into user_job_role (user_id, role_id) values (?, ?)").params(rep.id(), role).update();
            jdbc.sql("insert into company (id, kind, name, status, owner_id) values (?, 'company', ?, 'customer', ?)")
                    .params(UUID.randomUUID(), unique("担当顧客"), rep.id()).update();
        }
        // The careless rep promised six follow-ups and did none of them (the follow-up part of their score drops).
        UUID neglected = jdbc.sql("select id from company where owner_id = ?").param(careless.id()).query(UUID.class).single();
        UUID anyChannel = jdbc.sql("select id from activity_option where kind = 'channel' order by position limit 1").query(UUID.class).single();
        UUID anyType = jdbc.sql("select id from activity_option where kind = 'type' order by position limit 1").query(UUID.class).single();
        for (int i = 0; i < 6; i++) {
            jdbc.sql("""
                    insert into activity (id, occurred_at, user_id, channel_id, type_id, company_id, outcome, details,
                        follow_up_action, follow_up_on) values (?, now() - interval '1 minute', ?, ?, ?, ?, 'reached', '不在', '折り返す', current_date - 5)
                    """).params(UUID.randomUUID(), careless.id(), anyChannel, anyType, neglected).update();
        }
        // The careful rep logs an activity with their customer straight away.
        UUID customer = jdbc.sql("select id from company where owner_id = ?").param(careful.id()).query(UUID.class).single();
        String options = mvc.perform(get(admin, "/api/v1/activity-options")).andReturn().getResponse().getContentAsString();
        String channel = JsonPath.<List<String>>read(options, "$.items[?(@.kind == 'channel' && @.name == 'メール')].id").getFirst();
        String type = JsonPath.<List<String>>read(options, "$.items[?(@.kind == 'type' && @.name == 'その他')].id").getFirst();
        mvc.perform(post(accounts.token(careful), "/api/v1/activities", "{\"companyId\":\"" + customer
                + "\",\"channelId\":\"" + channel + "\",\"typeId\":\"" + type + "\",\"details\":\"資料送付\"}"))
                .andExpect(status().isCreated());
    }

    @AfterEach
    void noRule() {
        jdbc.sql("update sales_setting set assign_role_id = null, last_assigned_user_id = null").update();
    }

    private void rule(int threshold) throws Exception {
        long version = jdbc.sql("select version from sales_setting").query(Long.class).single();
        mvc.perform(patch(admin, "/api/v1/assignment-rules/default", "{\"version\":" + version + ",\"roleId\":\"" + role
                + "\",\"minComplianceScore\":" + threshold + "}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.minComplianceScore").value(threshold));
    }

    private String lead(String company) throws Exception {
        return JsonPath.read(mvc.perform(post(tokenFor(PermissionLevel.MEMBER), "/api/v1/leads", "{\"companyName\":\""
                + company + "\",\"personName\":\"佐藤 花子\",\"email\":\"sato@example.jp\",\"message\":\"名刺の見積がほしい\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void aRepUnderTheComplianceThresholdIsSkippedAndTheReasonRecorded() throws Exception {
        rule(90);
        for (int i = 0; i < 2; i++) {
            String id = lead(unique("株式会社割振"));
            mvc.perform(get(admin, "/api/v1/leads/{id}", id)).andExpect(jsonPath("$.assignedTo").value(careful.id().toString()));
            String history = mvc.perform(get(admin, "/api/v1/leads/{id}/assignments", id)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(JsonPath.<String>read(history, "$.items[0].reasonKey")).isEqualTo("sales.assignment.roundRobin");
            assertThat(JsonPath.<Integer>read(history, "$.items[0].threshold")).isEqualTo(90);
            List<Map<String, Object>> skipped = JsonPath.read(history, "$.items[0].candidates[?(@.userId == '" + careless.id() + "')]");
            assertThat(skipped).hasSize(1);
            assertThat(skipped.getFirst()).containsEntry("eligible", false)
                    .containsEntry("reason", "sales.assignment.belowThreshold");
            assertThat((Integer) skipped.getFirst().get("score")).isLessThan(90);
            List<Map<String, Object>> chosen = JsonPath.read(history, "$.items[0].candidates[?(@.userId == '" + careful.id() + "')]");
            assertThat((Integer) chosen.getFirst().get("score")).isGreaterThanOrEqualTo(90);
        }
    }

    @Test
    void withEveryoneAboveTheThresholdLeadsGoInTurnAndAManagerMayOverride() throws Exception {
        rule(0);
        String first = lead(unique("株式会社順番"));
        String second = lead(unique("株式会社順番"));
        String a = JsonPath.read(mvc.perform(get(admin, "/api/v1/leads/{id}", first)).andReturn().getResponse().getContentAsString(), "$.assignedTo");
        String b = JsonPath.read(mvc.perform(get(admin, "/api/v1/leads/{id}", second)).andReturn().getResponse().getContentAsString(), "$.assignedTo");
        assertThat(List.of(a, b)).containsExactlyInAnyOrder(careful.id().toString(), careless.id().toString());

        mvc.perform(post(tokenFor(PermissionLevel.MEMBER), "/api/v1/leads/{id}/assign", "{\"version\":1,\"userId\":\"" + a + "\"}", second))
                .andExpect(status().isForbidden());
        var manager = accounts.create(PermissionLevel.MANAGER);
        mvc.perform(post(accounts.token(manager), "/api/v1/leads/{id}/assign", "{\"version\":1,\"userId\":\"" + a + "\"}", second))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignedTo").value(a));
        mvc.perform(get(admin, "/api/v1/leads/{id}/assignments", second))
                .andExpect(jsonPath("$.items[0].reasonKey").value("sales.assignment.override"))
                .andExpect(jsonPath("$.items[0].overriddenBy").value(manager.id().toString()));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'lead.reassigned' and object_id = ?")
                .param(second).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void qualifyingMakesACustomerAndADealOwnedByTheRepAfterTheDuplicateCheck() throws Exception {
        rule(0);
        String pipeline = JsonPath.read(mvc.perform(post(admin, "/api/v1/pipelines", "{\"name\":\"" + unique("リード営業")
                + "\",\"stages\":[{\"name\":\"問い合わせ\",\"kind\":\"open\",\"winProbability\":10},"
                + "{\"name\":\"受注\",\"kind\":\"won\"},{\"name\":\"失注\",\"kind\":\"lost\"}]}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String name = unique("株式会社商談化");
        String member = tokenFor(PermissionLevel.MEMBER);
        String id = lead(name);
        String qualified = mvc.perform(post(member, "/api/v1/leads/{id}/qualify", "{\"version\":1,\"pipelineId\":\"" + pipeline + "\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("qualified"))
                .andReturn().getResponse().getContentAsString();
        String deal = JsonPath.read(qualified, "$.dealId");
        String owner = JsonPath.read(qualified, "$.assignedTo");
        mvc.perform(get(member, "/api/v1/deals/{id}", deal))
                .andExpect(jsonPath("$.ownerId").value(owner))
                .andExpect(jsonPath("$.pipelineId").value(pipeline))
                .andExpect(jsonPath("$.challenges").value("名刺の見積がほしい"))
                .andExpect(jsonPath("$.contactName").doesNotExist());

        // The same company asks again: the customer master recognises it.
        String again = lead(name);
        mvc.perform(post(member, "/api/v1/leads/{id}/qualify", "{\"version\":1}", again))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("companyId"))
                .andExpect(jsonPath("$.errors[0].code").value("LikelyDuplicate"));
        String company = JsonPath.read(qualified, "$.companyId");
        mvc.perform(post(member, "/api/v1/leads/{id}/qualify", "{\"version\":1,\"companyId\":\"" + company + "\"}", again))
                .andExpect(status().isOk()).andExpect(jsonPath("$.companyId").value(company));
        assertThat(jdbc.sql("select count(*) from contact where company_id = ?").param(UUID.fromString(company))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theInquiryFormNeedsNoSignInAndDropsRobots() throws Exception {
        rule(0);
        mvc.perform(MockMvcRequestBuilders.get("/inquiry")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"inquiry-form\"")));
        String human = unique("株式会社人間");
        String honeypot = unique("株式会社ロボ");
        String hasty = unique("株式会社せっかち");
        submitInquiry(human, "", inquiry.stamp(Instant.now().toEpochMilli() - 8_000));
        submitInquiry(honeypot, "https://spam.example", inquiry.stamp(Instant.now().toEpochMilli() - 8_000));
        submitInquiry(hasty, "", inquiry.stamp(Instant.now().toEpochMilli()));
        submitInquiry(unique("株式会社偽造"), "", (Instant.now().toEpochMilli() - 8_000) + ".forged");
        assertThat(jdbc.sql("select source from lead where company_name = ?").param(human).query(String.class).list())
                .containsExactly("web_form");
        assertThat(jdbc.sql("select count(*) from lead where company_name in (?, ?) or company_name like '株式会社偽造%'")
                .params(honeypot, hasty).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select assigned_to from lead where company_name = ?").param(human).query(UUID.class).single())
                .isIn(careful.id(), careless.id());
        // A person who forgot the e-mail and phone is told so, and keeps what they typed.
        mvc.perform(MockMvcRequestBuilders.post("/inquiry").with(csrf()).param("companyName", "株式会社うっかり")
                        .param("message", "見積をお願いします").param("stamp", inquiry.stamp(Instant.now().toEpochMilli() - 8_000)))
                .andExpect(content().string(containsString("メールアドレスか電話番号のどちらかを入力してください。")))
                .andExpect(content().string(containsString("見積をお願いします")));
    }

    @Test
    void theWebsiteMayFrameTheInquiryFormWhichNeedsNoSessionWhileNoOtherPageMayBeFramed() throws Exception {
        rule(0);
        var embedded = mvc.perform(MockMvcRequestBuilders.get("/inquiry").param("embed", "true").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors http://127.0.0.1:*;")))
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andExpect(cookie().doesNotExist("SESSION")).andExpect(cookie().doesNotExist("JSESSIONID"))
                .andExpect(content().string(containsString("class=\"inquiry-embed\"")))
                .andExpect(content().string(containsString("name=\"embed\" value=\"true\"")))
                .andExpect(content().string(containsString("Contact us")))
                .andReturn();
        org.assertj.core.api.Assertions.assertThat(embedded.getRequest().getSession(false)).isNull();
        mvc.perform(MockMvcRequestBuilders.get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none';")))
                .andExpect(header().string("X-Frame-Options", "DENY"));

        // Posted from inside another site's frame: no session, so no CSRF token; the spam checks stand instead.
        String company = unique("株式会社埋め込み");
        mvc.perform(MockMvcRequestBuilders.post("/inquiry").param("companyName", company).param("email", "web@example.jp")
                        .param("message", "パンフレットの見積").param("embed", "true").param("lang", "en")
                        .param("stamp", inquiry.stamp(Instant.now().toEpochMilli() - 8_000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"inquiry-thanks\"")))
                .andExpect(content().string(containsString("class=\"inquiry-embed\"")));
        assertThat(jdbc.sql("select count(*) from lead where company_name = ?").param(company).query(Long.class).single())
                .isOne();
        mvc.perform(MockMvcRequestBuilders.post("/inquiry").param("companyName", unique("株式会社ロボ")) // still dropped
                        .param("email", "bot@example.jp").param("stamp", inquiry.stamp(Instant.now().toEpochMilli())))
                .andExpect(status().isOk());
        // Everything else still needs the CSRF token.
        mvc.perform(MockMvcRequestBuilders.post("/leads/new").param("companyName", "x"))
                .andExpect(status().isForbidden());
    }

    private void submitInquiry(String company, String website, String stamp) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/inquiry").with(csrf()).param("companyName", company)
                        .param("personName", "佐藤 花子").param("email", "sato@example.jp").param("message", "名刺の見積")
                        .param("website", website).param("stamp", stamp))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"inquiry-thanks\"")));
    }
}

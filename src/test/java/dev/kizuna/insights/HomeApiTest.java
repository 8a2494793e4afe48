package dev.kizuna.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/home: each role's home is filled from real records — a rep's own follow-ups, tasks, stalled deals and
 * unpaid orders, each line linking to its record; a manager's team cards; a viewer's read-only ones — and
 * administrators choose cards per job role while each person orders their own.
 */
class HomeApiTest extends ApiTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Test
    void aRepSeesTheirOwnWorkEachLineLinkingToItsRecord() throws Exception {
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        Records r = records(rep);

        String home = body(accounts.token(rep));
        assertThat(keys(home)).containsExactly("followUps", "myTasks", "myStalledDeals", "myUnpaidOrders", "yesterday",
                "renewals", "atRisk");
        assertThat(lines(home, "followUps", "href")).contains("/customers/" + r.company());
        assertThat(lines(home, "followUps", "tone")).contains("danger"); // due yesterday
        assertThat(lines(home, "myTasks", "href")).containsExactly("/tasks/" + r.task());
        assertThat(lines(home, "myStalledDeals", "href")).containsExactly("/deals/" + r.deal());
        assertThat(lines(home, "myUnpaidOrders", "text")).containsExactly(r.orderNumber() + " " + r.companyName());
        assertThat(lines(home, "myUnpaidOrders", "href")).containsExactly("/orders/" + r.order());
        assertThat(lines(home, "yesterday", "text")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aManagerSeesTheTeamsCardsAndThisMorningsDailyReport() throws Exception {
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        Records r = records(rep);
        String home = body(tokenFor(PermissionLevel.MANAGER));
        assertThat(keys(home)).contains("dailyReport", "teamBudget", "stalledDeals", "overduePayments",
                "complianceRanking", "boardBacklog").doesNotContain("myStalledDeals", "yesterday");
        assertThat(lines(home, "stalledDeals", "href")).contains("/deals/" + r.deal());
        assertThat(lines(home, "dailyReport", "text")).hasSize(3);
        assertThat(lines(home, "complianceRanking", "text")).isNotEmpty();
    }

    @Test
    void aViewerSeesReadOnlyCardsOfEveryonesWork() throws Exception {
        records(accounts.create(PermissionLevel.MEMBER));
        String home = body(tokenFor(PermissionLevel.VIEWER));
        assertThat(keys(home)).contains("stalledDeals", "overduePayments", "boardBacklog", "phases", "renewals", "atRisk")
                .doesNotContain("myTasks", "followUps", "teamBudget", "dailyReport");
        assertThat(lines(home, "stalledDeals", "text")).isNotEmpty();
    }

    @Test
    void administratorsChooseCardsPerJobRoleAndEachPersonOrdersTheirOwn() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String role = JsonPath.read(mvc.perform(post(admin, "/api/v1/roles", "{\"name\":\"" + unique("カスタマーサクセス")
                + "\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        TestAccounts.Account success = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("insert into user_job_role (user_id, role_id) values (?, ?)").params(success.id(), UUID.fromString(role))
                .update();

        mvc.perform(put(admin, "/api/v1/home/role-cards/" + role, "{\"cards\":[\"phases\",\"myTasks\",\"renewals\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cards[0]").value("phases"));
        String token = accounts.token(success);
        // the catalogue's order until the person chooses theirs
        assertThat(keys(body(token))).containsExactly("myTasks", "renewals", "phases");
        mvc.perform(put(token, "/api/v1/home/order", "{\"cards\":[\"phases\"]}")).andExpect(status().isNoContent());
        assertThat(keys(body(token))).containsExactly("phases", "myTasks", "renewals");

        // a card that does not exist is named in the problem
        mvc.perform(put(token, "/api/v1/home/order", "{\"cards\":[\"horoscope\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("cards"));
        // only administrators choose for a role
        mvc.perform(put(token, "/api/v1/home/role-cards/" + role, "{\"cards\":[]}")).andExpect(status().isForbidden());
        // an empty choice restores the level's defaults
        mvc.perform(put(admin, "/api/v1/home/role-cards/" + role, "{\"cards\":[]}")).andExpect(status().isOk());
        assertThat(keys(body(token))).contains("followUps", "myStalledDeals").doesNotContain("phases");
    }

    private String body(String token) throws Exception {
        return mvc.perform(get(token, "/api/v1/home").header("Accept-Language", "ja")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static List<String> keys(String home) {
        return JsonPath.read(home, "$.cards[*].key");
    }

    private static List<String> lines(String home, String card, String field) {
        return JsonPath.read(home, "$.cards[?(@.key == '" + card + "')].lines[*]." + field);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(String token,
            String path, String json) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .header("Authorization", "Bearer " + token).contentType("application/json").content(json);
    }

    record Records(String company, String companyName, String task, String deal, String order, String orderNumber) {
    }

    /** A rep's day: a follow-up due yesterday, a task of theirs, a deal stalled past its stage's limit, an unpaid order. */
    private Records records(TestAccounts.Account rep) throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String token = accounts.token(rep);
        String name = unique("株式会社ホーム商事");
        UUID company = UUID.randomUUID();
        jdbc.sql("insert into company (id, kind, name, name_kana, status, owner_id) values (?, 'company', ?, 'ホームショウジ', 'customer', ?)")
                .params(company, name, rep.id()).update();
        String channel = jdbc.sql("select id from activity_option where kind = 'channel' and name = '電話'").query(String.class).single();
        String type = jdbc.sql("select id from activity_option where kind = 'type' and name = '納期確認'").query(String.class).single();
        mvc.perform(post(token, "/api/v1/activities", """
                {"companyId":"%s","channelId":"%s","typeId":"%s","outcome":"reached","details":"納期の確認",
                 "followUpAction":"出荷日に連絡","followUpOn":"%s"}""".formatted(company, channel, type, TODAY.minusDays(1))))
                .andExpect(status().isCreated());
        String board = JsonPath.read(mvc.perform(post(admin, "/api/v1/boards", "{\"name\":\"" + unique("【倉庫】受注登録")
                + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        String task = JsonPath.read(mvc.perform(post(token, "/api/v1/tasks", "{\"boardId\":\"" + board
                + "\",\"title\":\"見積書を送る\",\"ownerUserId\":\"" + rep.id() + "\",\"dueOn\":\"" + TODAY + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String pipeline = JsonPath.read(mvc.perform(post(admin, "/api/v1/pipelines", "{\"name\":\"" + unique("新規")
                + "\",\"stages\":[{\"name\":\"問い合わせ\",\"kind\":\"open\",\"winProbability\":10,\"maxDays\":3},"
                + "{\"name\":\"受注\",\"kind\":\"won\",\"winProbability\":100},{\"name\":\"失注\",\"kind\":\"lost\",\"winProbability\":0}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String deal = JsonPath.read(mvc.perform(post(token, "/api/v1/deals", "{\"name\":\"名刺の年間契約\",\"companyId\":\""
                + company + "\",\"pipelineId\":\"" + pipeline + "\",\"amount\":300000}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        jdbc.sql("update deal set stage_entered_at = now() - interval '10 days', created_at = now() - interval '10 days' where id = ?")
                .param(UUID.fromString(deal)).update();
        UUID order = UUID.randomUUID();
        String number = unique("SO-H");
        jdbc.sql("""
                insert into sales_order (id, number, company_id, owner_id, title, ordered_on, invoice_amount, due_on)
                values (?, ?, ?, ?, '名刺 500枚', ?, 55000, ?)""")
                .params(order, number, company, rep.id(), TODAY.minusDays(40), TODAY.minusDays(5)).update();
        return new Records(company.toString(), name, task, deal, order.toString(), number);
    }
}

package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Seed 004's coaching: a coach (a manager, or a holder of the coaching role) reviews the day's deals, leaves comments
 * and next-step suggestions; the owner is told, acknowledges and accepts; the forecast weighs the open pipeline and
 * sets targets against wins.
 */
class CoachingTest extends ApiTestBase {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private TestAccounts.Account owner;
    private String ownerToken;
    private String manager;
    private SalesFixture f;

    @BeforeEach
    void fixture() throws Exception {
        owner = accounts.create(PermissionLevel.MEMBER);
        ownerToken = accounts.token(owner);
        manager = tokenFor(PermissionLevel.MANAGER);
        f = SalesFixture.create(mvc, tokenFor(PermissionLevel.ADMIN), unique(""));
        jdbc.sql("update sales_setting set coach_role_id = null").update();
    }

    @Test
    void aSuggestionReachesTheOwnerWhoAcceptsItAsTheNextStep() throws Exception {
        String deal = f.createDeal(mvc, ownerToken, "会社案内の全面改訂", 1_500_000);
        String note = SalesFixture.body(mvc, manager, "/api/v1/deals/" + deal + "/coaching-notes",
                "{\"kind\":\"suggestion\",\"body\":\"決裁者が誰か、まだ聞けていません。\",\"nextStep\":\"総務部長との面談を設定\",\"nextStepOn\":\"2026-12-02\"}");
        String noteId = JsonPath.read(note, "$.id");
        assertThat(jdbc.sql("select count(*) from notification where user_id = ? and message_key = 'sales.notification.coaching'")
                .param(owner.id()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get(ownerToken, "/api/v1/deals/{id}/coaching-notes", deal))
                .andExpect(jsonPath("$.items[0].kind").value("suggestion"))
                .andExpect(jsonPath("$.items[0].acknowledgedAt").doesNotExist());

        // Accepting with a stale deal version writes nothing: the note stays open and the deal unchanged.
        mvc.perform(post(ownerToken, "/api/v1/deals/{id}/coaching-notes/{n}/acknowledge",
                        "{\"version\":0,\"accept\":true,\"dealVersion\":7}", deal, noteId))
                .andExpect(status().isConflict());
        mvc.perform(get(ownerToken, "/api/v1/deals/{id}/coaching-notes", deal))
                .andExpect(jsonPath("$.items[0].acknowledgedAt").doesNotExist());

        mvc.perform(post(ownerToken, "/api/v1/deals/{id}/coaching-notes/{n}/acknowledge",
                        "{\"version\":0,\"accept\":true,\"dealVersion\":0}", deal, noteId))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
        mvc.perform(get(ownerToken, "/api/v1/deals/{id}", deal))
                .andExpect(jsonPath("$.nextStep").value("総務部長との面談を設定"))
                .andExpect(jsonPath("$.nextStepOn").value("2026-12-02"));
        // Twice is a conflict, not a second acknowledgement.
        mvc.perform(post(ownerToken, "/api/v1/deals/{id}/coaching-notes/{n}/acknowledge", "{\"version\":1}", deal, noteId))
                .andExpect(status().isConflict());
    }

    @Test
    void onlyCoachesWriteNotesAndOnlyTheOwnerOrAManagerAcknowledges() throws Exception {
        String deal = f.createDeal(mvc, ownerToken, "展示会ブース装飾", 800_000);
        String other = tokenFor(PermissionLevel.MEMBER);
        mvc.perform(post(other, "/api/v1/deals/{id}/coaching-notes", "{\"kind\":\"comment\",\"body\":\"いいですね\"}", deal))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get(other, "/api/v1/forecast?pipelineId=" + f.pipelineId())).andExpect(status().isForbidden());

        // A member holding the coaching role coaches.
        UUID role = UUID.randomUUID();
        jdbc.sql("insert into job_role (id, name) values (?, ?)").params(role, unique("トップ営業")).update();
        TestAccounts.Account coach = accounts.create(PermissionLevel.MEMBER);
        jdbc.sql("insert into user_job_role (user_id, role_id) values (?, ?)").params(coach.id(), role).update();
        jdbc.sql("update sales_setting set coach_role_id = ?").param(role).update();
        String note = SalesFixture.body(mvc, accounts.token(coach), "/api/v1/deals/" + deal + "/coaching-notes",
                "{\"kind\":\"comment\",\"body\":\"前回の議事録を共有しておきましょう。\"}");
        mvc.perform(post(other, "/api/v1/deals/{id}/coaching-notes/{n}/acknowledge", "{\"version\":0}", deal,
                        JsonPath.read(note, "$.id")))
                .andExpect(status().isForbidden());

        mvc.perform(post(manager, "/api/v1/deals/{id}/coaching-notes", "{\"kind\":\"suggestion\",\"body\":\"次の一手を\"}", deal)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("nextStep"));
        mvc.perform(post(manager, "/api/v1/deals/{id}/coaching-notes", "{\"kind\":\"comment\",\"body\":\"  \"}", deal)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("コメントを入力してください。"));
    }

    @Test
    void theCoachingDayGathersMovedAndLostDealsByOwner() throws Exception {
        String moved = f.createDeal(mvc, ownerToken, "社内報の定期制作", 600_000);
        move(moved, 0, 1, null);
        String lost = f.createDeal(mvc, ownerToken, "ノベルティ制作", 200_000);
        move(lost, 0, 7, f.lostReasonId());
        LocalDate today = LocalDate.now(TOKYO);
        LocalDate reviewDay = new BusinessCalendar().nextBusinessDay(today);
        String body = mvc.perform(get(manager, "/api/v1/coaching?day=" + reviewDay)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> why = JsonPath.read(body, "$.reps[?(@.ownerId == '" + owner.id() + "')].deals[*].why");
        List<String> names = JsonPath.read(body, "$.reps[?(@.ownerId == '" + owner.id() + "')].deals[*].name");
        assertThat(names).contains("社内報の定期制作", "ノベルティ制作");
        assertThat(why.get(names.indexOf("社内報の定期制作"))).isEqualTo("moved");
        assertThat(why.get(names.indexOf("ノベルティ制作"))).isEqualTo("lost");
        // The day before: these moves had not happened yet.
        String before = mvc.perform(get(manager, "/api/v1/coaching?day=" + today.minusDays(7)))
                .andReturn().getResponse().getContentAsString();
        assertThat(before).doesNotContain("社内報の定期制作");
    }

    @Test
    void aDayWithMoreDealsThanAPageSaysSo() throws Exception {
        String template = f.createDeal(mvc, ownerToken, "大量移動の雛形", 1_000);
        String tag = "大量移動" + java.util.UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("""
                insert into deal (id, title, company_id, pipeline_id, stage_id, status, active, amount, owner_id,
                                  custom_fields)
                select gen_random_uuid(), ? || g, company_id, pipeline_id, stage_id, status, active, amount, owner_id,
                       custom_fields
                  from deal, generate_series(1, ?) g where id = ?""")
                .params(tag, CoachingNotes.DAY_LIMIT + 1, java.util.UUID.fromString(template)).update();
        jdbc.sql("""
                insert into deal_stage_change (id, deal_id, pipeline_id, from_stage_id, to_stage_id, forward, changed_at)
                select gen_random_uuid(), id, pipeline_id, null, stage_id, true, timestamptz '2020-06-09 12:00+09'
                  from deal where title like ?""").param(tag + "%").update();
        // Wednesday 2020-06-10 reviews Tuesday the 9th, when 501 deals moved
        String day = mvc.perform(get(manager, "/api/v1/coaching?day=2020-06-10")).andExpect(status().isOk())
                .andExpect(jsonPath("$.more").value(true)).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(day, "$.reps[*].deals[*].dealId")).hasSize(CoachingNotes.DAY_LIMIT);
        mvc.perform(get(manager, "/api/v1/coaching?day=2020-06-11")).andExpect(jsonPath("$.more").value(false));
    }

    @Test
    void theForecastWeighsOpenDealsByStageAndSetsWinsAgainstTargets() throws Exception {
        YearMonth month = YearMonth.now(TOKYO);
        String close = month.atDay(15).toString();
        String a = f.createDeal(mvc, ownerToken, "パンフレット増刷", 1_000_000); // 問い合わせ 10%
        patchClose(a, 0, close);
        String b = f.createDeal(mvc, ownerToken, "周年記念誌", 2_000_000);
        patchClose(b, 0, close);
        move(b, 1, 3, null); // 見積 60%
        String won = f.createDeal(mvc, ownerToken, "名刺の年間契約", 300_000);
        move(won, 0, 4, null); // 受注 this month
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/sales-targets/{u}/{m}", owner.id(), month.toString())
                        .header("Authorization", "Bearer " + manager).contentType("application/json")
                        .content("{\"amount\":600000}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));

        String body = mvc.perform(get(manager, "/api/v1/forecast?pipelineId=" + f.pipelineId() + "&since=" + month
                        + "&until=" + month)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.stages[0].weighted.amount")).isEqualTo(100_000);
        assertThat((Integer) JsonPath.read(body, "$.stages[3].weighted.amount")).isEqualTo(1_200_000);
        assertThat((Integer) JsonPath.read(body, "$.weighted.amount")).isEqualTo(1_300_000);
        assertThat((Integer) JsonPath.read(body, "$.amount.amount")).isEqualTo(3_000_000);
        List<Integer> wonAmount = JsonPath.read(body, "$.reps[?(@.userId == '" + owner.id() + "')].months[0].won.amount");
        List<Integer> percent = JsonPath.read(body, "$.reps[?(@.userId == '" + owner.id() + "')].months[0].percent");
        assertThat(wonAmount).containsExactly(300_000);
        assertThat(percent).containsExactly(50);

        mvc.perform(get(manager, "/api/v1/forecast?pipelineId=" + f.pipelineId() + "&since=2026-01&until=2027-06"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("until"));
    }

    @Test
    void aTargetIsCreatedOnceAndChangedWithItsVersion() throws Exception {
        String path = "/api/v1/sales-targets/" + owner.id() + "/2027-04";
        mvc.perform(put(manager, path, "{\"amount\":{\"amount\":1500000,\"currency\":\"JPY\"}}")).andExpect(status().isOk());
        mvc.perform(put(manager, path, "{\"amount\":1600000}")).andExpect(status().isConflict());
        mvc.perform(put(manager, path, "{\"amount\":1600000,\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(manager, path, "{\"amount\":-1,\"version\":1}")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(put(ownerToken, path, "{\"amount\":1,\"version\":1}")).andExpect(status().isForbidden());
        mvc.perform(get(manager, "/api/v1/sales-targets?since=2027-04&until=2028-03"))
                .andExpect(jsonPath("$.items[?(@.userId == '" + owner.id() + "')].amount.amount").value(1_600_000));
    }

    @Test
    void thePagesRenderAndTheTargetsGridSavesARow() throws Exception {
        String deal = f.createDeal(mvc, ownerToken, "ロゴ刷新", 900_000);
        move(deal, 0, 1, null);
        TestAccounts.Account boss = accounts.create(PermissionLevel.MANAGER);
        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, boss.id()).update();
            Cookie session = signIn(boss);
            for (String path : List.of("/deals/coaching", "/deals/coaching?day=" + new BusinessCalendar()
                            .nextBusinessDay(LocalDate.now(TOKYO)), "/deals/forecast", "/deals/forecast?pipeline="
                            + f.pipelineId() + "&since=2026-01&until=2027-06", "/deals/targets", "/deals/targets?year=2027",
                    "/deals/" + deal, "/deals/" + deal + "/coaching")) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(session)).andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
        Cookie session = signIn(boss);
        mvc.perform(MockMvcRequestBuilders.post("/deals/targets").cookie(session).with(csrf())
                        .param("year", "2027").param("userId", owner.id().toString())
                        .param("amount-2027-05", "1,200,000").param("version-2027-05", "").param("original-2027-05", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select amount from sales_target where user_id = ? and month = date '2027-05-01'")
                .param(owner.id()).query(Long.class).single()).isEqualTo(1_200_000L);
        mvc.perform(MockMvcRequestBuilders.get("/deals/targets?year=2027&q=" + owner.email()).cookie(session))
                .andExpect(content().string(containsString("value=\"1,200,000\"")));
        // A bad amount keeps what was typed and names the rule.
        mvc.perform(MockMvcRequestBuilders.post("/deals/targets").cookie(session).with(csrf())
                        .param("year", "2027").param("userId", owner.id().toString()).param("q", owner.email())
                        .param("amount-2027-06", "百万").param("version-2027-06", "").param("original-2027-06", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("百万")))
                .andExpect(content().string(containsString("is-invalid")));
        // The owner cannot open the coaching view.
        mvc.perform(MockMvcRequestBuilders.get("/deals/coaching").cookie(signIn(owner))).andExpect(status().isForbidden());
    }

    private Cookie signIn(TestAccounts.Account account) throws Exception {
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(String token,
            String path, String json) {
        return MockMvcRequestBuilders.put(path).header("Authorization", "Bearer " + token)
                .contentType("application/json").content(json);
    }

    private void patchClose(String deal, int version, String on) throws Exception {
        mvc.perform(patch(ownerToken, "/api/v1/deals/{id}", "{\"version\":" + version + ",\"expectedCloseOn\":\"" + on + "\"}", deal))
                .andExpect(status().isOk());
    }

    private void move(String deal, int version, int stage, String lostReasonId) throws Exception {
        mvc.perform(post(ownerToken, "/api/v1/deals/{id}/move", "{\"version\":" + version + ",\"stageId\":\""
                        + f.stageIds().get(stage) + "\"" + (lostReasonId == null ? "" : ",\"lostReasonId\":\""
                        + lostReasonId + "\"") + "}", deal))
                .andExpect(status().isOk());
    }
}

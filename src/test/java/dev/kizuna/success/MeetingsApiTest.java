package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /api/v1/meetings and /api/v1/kpis: proposed reviews, a kickoff held with next actions as tasks, KPI actuals. */
class MeetingsApiTest extends ApiTestBase {

    @Autowired
    BusinessCalendar calendar;

    private TestAccounts.Account cs;
    private String member;
    private String companyId;
    private String planId;
    private String boardId;
    private LocalDate goLive;

    @BeforeEach
    void fixture() throws Exception {
        cs = accounts.create(PermissionLevel.MEMBER);
        member = accounts.token(cs);
        String manager = tokenFor(PermissionLevel.MANAGER);
        boardId = read(post(manager, "/api/v1/boards", "{\"name\":\"" + unique("【CS】導入") + "\"}"), "$.id");
        companyId = read(post(member, "/api/v1/companies", "{\"name\":\"" + unique("株式会社定例") + "\"}"), "$.id");
        goLive = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(90);
        planId = read(post(member, "/api/v1/success-plans", "{\"companyId\":\"" + companyId + "\",\"templateId\":\""
                + SuccessTemplates.BUILT_IN + "\",\"goLiveOn\":\"" + goLive + "\"}"), "$.id");
    }

    private String read(MockHttpServletRequestBuilder request, String path) throws Exception {
        String body = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, path).toString();
    }

    private static LocalDate previousBusinessDay(LocalDate day, BusinessCalendar calendar) {
        LocalDate d = day;
        while (!calendar.isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Test
    void reviewsAreProposedAWeekAfterGoLiveAndAtMonthEndOnBusinessDays() throws Exception {
        String body = mvc.perform(get(member, "/api/v1/meetings?filter[planId]=" + planId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> starts = JsonPath.read(body, "$.items[*].startsAt");
        List<String> expected = List.of(previousBusinessDay(goLive.plusWeeks(1), calendar),
                previousBusinessDay(goLive.with(TemporalAdjusters.lastDayOfMonth()), calendar)).stream()
                .map(d -> d + "T10:00:00+09:00").sorted().toList();
        assertThat(starts).containsExactlyElementsOf(expected);
        assertThat(JsonPath.<List<Boolean>>read(body, "$.items[*].proposed")).containsOnly(true);
    }

    @Test
    void aHeldKickoffLogsItsMinutesAndTurnsNextActionsIntoTasks() throws Exception {
        String kickoff = read(post(member, "/api/v1/meetings", "{\"companyId\":\"" + companyId + "\",\"kind\":\"kickoff\","
                + "\"startsAt\":\"" + goLive.minusDays(84) + "T14:00:00+09:00\",\"agenda\":\"導入スケジュール\","
                + "\"attendeeUserIds\":[\"" + cs.id() + "\"]}"), "$.id");
        String ics = mvc.perform(get(member, "/api/v1/meetings/" + kickoff + "/invitation")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics).contains("UID:" + kickoff + "@").contains("SUMMARY:キックオフ: ")
                .contains("DTSTART:" + goLive.minusDays(84).toString().replace("-", "") + "T050000Z")
                .contains("DESCRIPTION:導入スケジュール").contains(":mailto:" + cs.email());
        String unknownBoard = "{\"version\":0,\"minutes\":\"決定\",\"actions\":[{\"title\":\"LINE開設\",\"ownerUserId\":\""
                + cs.id() + "\",\"dueOn\":\"" + goLive.minusDays(80) + "\",\"boardId\":\"" + java.util.UUID.randomUUID()
                + "\"}]}";
        mvc.perform(post(member, "/api/v1/meetings/" + kickoff + "/held", unknownBoard)).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.startsWith("actions[0].")));
        mvc.perform(get(member, "/api/v1/meetings/" + kickoff)).andExpect(jsonPath("$.status").value("planned"))
                .andExpect(jsonPath("$.activityId").doesNotExist());
        String held = mvc.perform(post(member, "/api/v1/meetings/" + kickoff + "/held", "{\"version\":0,"
                + "\"minutes\":\"スケジュール合意\",\"decisions\":\"リリース日確定\",\"actions\":["
                + "{\"title\":\"LINEアカウント開設\",\"ownerUserId\":\"" + cs.id() + "\",\"dueOn\":\"" + goLive.minusDays(80)
                + "\",\"boardId\":\"" + boardId + "\"},{\"title\":\"規約の確認\",\"ownerUserId\":\"" + cs.id()
                + "\",\"dueOn\":\"" + goLive.minusDays(70) + "\",\"boardId\":\"" + boardId + "\"}]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("held"))
                .andExpect(jsonPath("$.activityId").isNotEmpty()).andReturn().getResponse().getContentAsString();
        List<String> tasks = JsonPath.read(held, "$.actions[*].taskId");
        assertThat(tasks).hasSize(2);
        mvc.perform(get(member, "/api/v1/tasks/" + tasks.get(1))).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("規約の確認"))
                .andExpect(jsonPath("$.dueOn").value(goLive.minusDays(70).toString()))
                .andExpect(jsonPath("$.companyId").value(companyId));
        String activity = JsonPath.read(held, "$.activityId");
        mvc.perform(get(member, "/api/v1/activities/" + activity)).andExpect(status().isOk())
                .andExpect(jsonPath("$.details").value(org.hamcrest.Matchers.containsString("スケジュール合意")));
        mvc.perform(post(member, "/api/v1/meetings/" + kickoff + "/held", "{\"version\":1,\"minutes\":\"again\"}"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void aStaleMeetingVersionIs409AndAMovedReviewNoLongerFollowsGoLive() throws Exception {
        String body = mvc.perform(get(member, "/api/v1/meetings?filter[planId]=" + planId)).andReturn().getResponse()
                .getContentAsString();
        String review = JsonPath.read(body, "$.items[0].id");
        mvc.perform(patch(member, "/api/v1/meetings/" + review, "{\"version\":3,\"agenda\":\"x\"}"))
                .andExpect(status().isConflict());
        mvc.perform(patch(member, "/api/v1/meetings/" + review, "{\"version\":0,\"startsAt\":\"" + goLive.plusDays(9)
                + "T16:00:00+09:00\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.proposed").value(false));
        mvc.perform(patch(member, "/api/v1/success-plans/" + planId, "{\"version\":0,\"goLiveOn\":\""
                + goLive.plusDays(7) + "\"}")).andExpect(status().isOk());
        mvc.perform(get(member, "/api/v1/meetings/" + review))
                .andExpect(jsonPath("$.startsAt").value(goLive.plusDays(16) + "T16:00:00+09:00"));
    }

    @Test
    void kpiActualsShowAgainstTargetByMonth() throws Exception {
        String kpi = read(post(member, "/api/v1/kpis", "{\"companyId\":\"" + companyId + "\",\"name\":\"モバイルオーダー件数\","
                + "\"unit\":\"件\",\"kind\":\"kpi\",\"better\":\"higher\"}"), "$.id");
        mvc.perform(post(member, "/api/v1/kpis/" + kpi + "/actuals", "{\"months\":[{\"month\":\"2027-04\",\"target\":500},"
                + "{\"month\":\"2027-05\",\"target\":600}]}")).andExpect(status().isOk());
        mvc.perform(post(member, "/api/v1/kpis/" + kpi + "/actuals", "{\"months\":[{\"month\":\"2027-04\",\"actual\":400}]}"))
                .andExpect(status().isOk());
        mvc.perform(get(member, "/api/v1/kpis/" + kpi + "/actuals")).andExpect(jsonPath("$.items[0].target").value(500))
                .andExpect(jsonPath("$.items[0].actual").value(400)).andExpect(jsonPath("$.items[0].attainment").value(80))
                .andExpect(jsonPath("$.items[1].attainment").doesNotExist());
        mvc.perform(post(member, "/api/v1/kpis/" + kpi + "/actuals", "{\"months\":[{\"month\":\"2027-06\",\"actual\":1},"
                + "{\"month\":\"2027-13\",\"actual\":2}]}")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("months[1].month"));
        mvc.perform(get(member, "/api/v1/kpis?companyId=" + companyId)).andExpect(jsonPath("$.items[0].months.length()").value(2));
        mvc.perform(post(member, "/api/v1/kpis", "{\"companyId\":\"" + companyId + "\",\"name\":\"解約率\",\"kind\":\"kgi\","
                + "\"better\":\"sideways\"}")).andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("better"));
        mvc.perform(post(tokenFor(PermissionLevel.VIEWER), "/api/v1/kpis/" + kpi + "/actuals",
                "{\"months\":[{\"month\":\"2027-04\",\"actual\":1}]}")).andExpect(status().isForbidden());
    }
}

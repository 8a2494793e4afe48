package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.calendar.BusinessCalendar;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 001's regular three-party meeting (定例): proposed from the plan's cadence, one at a time, the next on holding. */
class CadenceMeetingsTest extends ApiTestBase {

    @Autowired
    BusinessCalendar calendar;

    private List<Map<String, Object>> regular(String token, String planId) throws Exception {
        String body = mvc.perform(get(token, "/api/v1/meetings?filter[planId]=" + planId)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[?(@.kind == 'regular')]");
    }

    private LocalDate previousBusinessDay(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Test
    void aMonthlyPlanGetsItsNextRegularMeetingAndHoldingItProposesTheOneAfter() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String company = JsonPath.read(mvc.perform(post(token, "/api/v1/companies", "{\"name\":\"" + unique("株式会社定例会")
                + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        LocalDate goLive = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(20);
        String plan = JsonPath.read(mvc.perform(post(token, "/api/v1/success-plans", "{\"companyId\":\"" + company
                + "\",\"templateId\":\"" + SuccessTemplates.BUILT_IN + "\",\"goLiveOn\":\"" + goLive
                + "\",\"meetingCadence\":\"monthly\"}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");

        List<Map<String, Object>> proposed = regular(token, plan);
        assertThat(proposed).hasSize(1);
        assertThat(proposed.getFirst().get("startsAt")).isEqualTo(previousBusinessDay(goLive.plusMonths(1)) + "T10:00:00+09:00");
        assertThat(proposed.getFirst().get("proposed")).isEqualTo(true);

        // Every two weeks instead: the same proposal moves, no second one appears.
        String planBody = mvc.perform(get(token, "/api/v1/success-plans/" + plan)).andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(planBody, "$.version");
        mvc.perform(patch(token, "/api/v1/success-plans/" + plan, "{\"version\":" + version + ",\"meetingCadence\":\"biweekly\"}"))
                .andExpect(status().isOk());
        proposed = regular(token, plan);
        assertThat(proposed).hasSize(1);
        assertThat(proposed.getFirst().get("startsAt")).isEqualTo(previousBusinessDay(goLive.plusWeeks(2)) + "T10:00:00+09:00");

        String meeting = (String) proposed.getFirst().get("id");
        int meetingVersion = (Integer) proposed.getFirst().get("version");
        mvc.perform(post(token, "/api/v1/meetings/" + meeting + "/held", "{\"version\":" + meetingVersion
                + ",\"minutes\":\"本部・現場・弊社で利用状況を確認\"}")).andExpect(status().isOk());
        proposed = regular(token, plan);
        assertThat(proposed).hasSize(2);
        assertThat(proposed).filteredOn(m -> "planned".equals(m.get("status"))).singleElement()
                .satisfies(m -> assertThat(m.get("startsAt")).isEqualTo(previousBusinessDay(goLive.plusWeeks(4)) + "T10:00:00+09:00"));

        planBody = mvc.perform(get(token, "/api/v1/success-plans/" + plan)).andReturn().getResponse().getContentAsString();
        version = JsonPath.read(planBody, "$.version");
        mvc.perform(patch(token, "/api/v1/success-plans/" + plan, "{\"version\":" + version + ",\"meetingCadence\":\"none\"}"))
                .andExpect(status().isOk());
        assertThat(regular(token, plan)).filteredOn(m -> "planned".equals(m.get("status"))).isEmpty();
    }
}

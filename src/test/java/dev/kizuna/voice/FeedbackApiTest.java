package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/v1/feedback: refusals name the field (422, translated), viewers only read, merges keep votes, revenue ranks. */
class FeedbackApiTest extends ApiTestBase {

    private String member;
    private VoiceTestData data;

    @BeforeEach
    void setUp() {
        member = tokenFor(PermissionLevel.MEMBER);
        data = new VoiceTestData(mvc, jdbc, member);
    }

    @Test
    void badInputIsRefusedNamingTheFieldInTheCallersLanguage() throws Exception {
        mvc.perform(post(member, "/api/v1/feedback", "{\"kind\":\"wish\",\"body\":\"\"}").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(
                                "次のいずれかを指定してください: request, complaint, defect, praise"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'body')].code").value(org.hamcrest.Matchers.hasItem("NotBlank")));
        mvc.perform(post(member, "/api/v1/feedback", "{\"kind\":\"request\",\"body\":\"" + "長".repeat(4001) + "\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("body"));
        String item = data.id("/api/v1/feedback", "{\"kind\":\"request\",\"body\":\"CSVで出力したい\"}");
        mvc.perform(patch(member, "/api/v1/feedback/" + item, "{\"version\":0,\"status\":\"declined\"}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("statusReason"))
                .andExpect(jsonPath("$.errors[0].message").value("Reason is required when the item is declined."));
        mvc.perform(patch(member, "/api/v1/feedback/" + item, "{\"version\":7,\"status\":\"planned\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get(member, "/api/v1/feedback").param("filter[nope]", "1")).andExpect(status().isBadRequest());
        mvc.perform(get(member, "/api/v1/feedback").param("sort", "loudest")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void viewersReadButMayNotLogVoteOrMerge() throws Exception {
        String viewer = tokenFor(PermissionLevel.VIEWER);
        String item = data.id("/api/v1/feedback", "{\"kind\":\"praise\",\"body\":\"サポートが丁寧\"}");
        mvc.perform(get(viewer, "/api/v1/feedback/" + item)).andExpect(status().isOk());
        mvc.perform(post(viewer, "/api/v1/feedback", "{\"kind\":\"praise\",\"body\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(post(viewer, "/api/v1/feedback/" + item + "/merge", "{\"mergeId\":\"" + item + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(null, "/api/v1/feedback")).andExpect(status().isUnauthorized());
    }

    @Test
    void aMergeKeepsEveryCustomersVoteOnceAndRevenueRanksTheList() throws Exception {
        String big = data.company("大口商事", null, false);
        String small = data.company("小口商店", null, false);
        String both = data.company("両方工業", null, false);
        data.post("/api/v1/contracts", "{\"companyId\":\"" + big + "\",\"planName\":\"プロ\",\"amount\":500000,"
                + "\"billing\":\"monthly\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2027-12-31\"}");
        String area = unique("請求");
        String keep = data.id("/api/v1/feedback", "{\"kind\":\"request\",\"body\":\"請求書を一括で\",\"productArea\":\""
                + area + "\",\"companyId\":\"" + small + "\"}");
        data.post("/api/v1/feedback/" + keep + "/votes", "{\"companyId\":\"" + both + "\"}");
        String gone = data.id("/api/v1/feedback", "{\"kind\":\"request\",\"body\":\"請求書をまとめたい\",\"productArea\":\""
                + area + "\",\"companyId\":\"" + big + "\"}");
        data.post("/api/v1/feedback/" + gone + "/votes", "{\"companyId\":\"" + both + "\"}");
        mvc.perform(post(member, "/api/v1/feedback/" + gone + "/votes", "{\"companyId\":\"" + both + "\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("companyId"));

        String byRevenue = mvc.perform(get(member, "/api/v1/feedback").param("filter[productArea]", area)
                .param("sort", "revenue")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(byRevenue, "$.items[*].id")).containsExactly(gone, keep);
        assertThat(JsonPath.<Number>read(byRevenue, "$.items[0].revenueAtStake").longValue()).isEqualTo(6_000_000L);

        mvc.perform(post(member, "/api/v1/feedback/" + keep + "/merge", "{\"mergeId\":\"" + gone + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.votes").value(3))
                .andExpect(jsonPath("$.revenueAtStake").value(6_000_000));
        mvc.perform(get(member, "/api/v1/feedback/" + gone)).andExpect(jsonPath("$.status").value("merged"))
                .andExpect(jsonPath("$.mergedIntoId").value(keep));
        String votes = mvc.perform(get(member, "/api/v1/feedback/" + keep + "/votes")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(votes, "$.items[*].companyId")).containsExactlyInAnyOrder(small, both, big);
        mvc.perform(post(member, "/api/v1/feedback/" + keep + "/merge", "{\"mergeId\":\"" + gone + "\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("mergeId"));
    }
}

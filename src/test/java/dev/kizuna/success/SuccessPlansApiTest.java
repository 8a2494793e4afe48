package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /api/v1/success-plans and /checklist: a plan from seed 001's template, moving go-live, errors, 409, levels. */
class SuccessPlansApiTest extends ApiTestBase {

    private static final String BUILT_IN = SuccessTemplates.BUILT_IN.toString();

    private String member;
    private String viewer;
    private String companyId;
    private LocalDate goLive;

    @BeforeEach
    void fixture() throws Exception {
        member = tokenFor(PermissionLevel.MEMBER);
        viewer = tokenFor(PermissionLevel.VIEWER);
        companyId = read(post(member, "/api/v1/companies", "{\"name\":\"" + unique("株式会社サクセス") + "\"}"), "$.id");
        goLive = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(90);
    }

    private String read(MockHttpServletRequestBuilder request, String path) throws Exception {
        String body = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, path).toString();
    }

    private String createPlan() throws Exception {
        return read(post(member, "/api/v1/success-plans", "{\"companyId\":\"" + companyId + "\",\"templateId\":\""
                + BUILT_IN + "\",\"goLiveOn\":\"" + goLive + "\",\"meetingCadence\":\"monthly\"}"), "$.id");
    }

    @Test
    void aPlanFromTheBuiltInTemplateDatesEveryItemFromGoLiveAndStartsInPreparation() throws Exception {
        String id = createPlan();
        mvc.perform(get(member, "/api/v1/success-plans/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.currentPhase").value("preparation"))
                .andExpect(jsonPath("$.daysFromGoLive").value(-90))
                .andExpect(jsonPath("$.phases[1].startsOn").value(goLive.toString()))
                .andExpect(jsonPath("$.phases[2].startsOn").value(goLive.plusMonths(2).toString()));
        String checklist = mvc.perform(get(member, "/api/v1/success-plans/" + id + "/checklist"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(25))
                .andExpect(jsonPath("$.done").value(0)).andReturn().getResponse().getContentAsString();
        List<String> due = JsonPath.read(checklist, "$.items[?(@.titleKey == 'success.item.lineAccount')].dueOn");
        assertThat(due).containsExactly(goLive.minusDays(90).toString());
        List<String> sides = JsonPath.read(checklist, "$.items[*].side");
        assertThat(sides).contains("customer", "us").hasSize(25);
    }

    @Test
    void movingGoLiveMovesEveryItemAndMeetingAndSaysSo() throws Exception {
        String id = createPlan();
        mvc.perform(patch(member, "/api/v1/success-plans/" + id, "{\"version\":0,\"goLiveOn\":\""
                + goLive.plusDays(14) + "\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.moved.days").value(14)).andExpect(jsonPath("$.moved.items").value(25))
                .andExpect(jsonPath("$.moved.meetings").value(2))
                .andExpect(jsonPath("$.plan.goLiveOn").value(goLive.plusDays(14).toString()));
        String checklist = mvc.perform(get(member, "/api/v1/success-plans/" + id + "/checklist")).andReturn()
                .getResponse().getContentAsString();
        List<String> due = JsonPath.read(checklist, "$.items[?(@.titleKey == 'success.item.lineAccount')].dueOn");
        assertThat(due).containsExactly(goLive.minusDays(76).toString());
        mvc.perform(patch(member, "/api/v1/success-plans/" + id, "{\"version\":1,\"meetingCadence\":\"weekly\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.moved").doesNotExist());
    }

    @Test
    void aStaleVersionIs409AndTickingKeepsWhoAndWhen() throws Exception {
        String id = createPlan();
        mvc.perform(patch(member, "/api/v1/success-plans/" + id, "{\"version\":5,\"goLiveOn\":\"" + goLive + "\"}"))
                .andExpect(status().isConflict());
        String checklist = mvc.perform(get(member, "/api/v1/success-plans/" + id + "/checklist")).andReturn()
                .getResponse().getContentAsString();
        String item = JsonPath.read(checklist, "$.items[0].id");
        mvc.perform(patch(member, "/api/v1/success-plans/" + id + "/checklist/" + item, "{\"version\":0,\"done\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.done").value(true))
                .andExpect(jsonPath("$.doneByName").isNotEmpty()).andExpect(jsonPath("$.doneAt").isNotEmpty());
        mvc.perform(patch(member, "/api/v1/success-plans/" + id + "/checklist/" + item, "{\"version\":0,\"done\":false}"))
                .andExpect(status().isConflict());
        mvc.perform(get(member, "/api/v1/success-plans/" + id + "/checklist"))
                .andExpect(jsonPath("$.done").value(1)).andExpect(jsonPath("$.percentDone").value(4));
    }

    @Test
    void badInputIs422NamingTheFieldInTheCallersLanguageAndNothingIsSaved() throws Exception {
        mvc.perform(post(member, "/api/v1/success-plans", "{\"companyId\":\"" + companyId + "\",\"templateId\":\""
                + java.util.UUID.randomUUID() + "\",\"goLiveOn\":\"2027-02-30\"}")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("goLiveOn"));
        mvc.perform(post(member, "/api/v1/success-plans", "{\"companyId\":\"" + companyId + "\",\"templateId\":\""
                + java.util.UUID.randomUUID() + "\",\"goLiveOn\":\"" + goLive + "\"}").header("Accept-Language", "ja"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("templateId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("テンプレート")));
        assertThat(jdbc.sql("select count(*) from success_plan where company_id = ?::uuid").param(companyId)
                .query(Long.class).single()).isZero();
        createPlan();
        mvc.perform(post(member, "/api/v1/success-plans", "{\"companyId\":\"" + companyId + "\",\"templateId\":\""
                + BUILT_IN + "\",\"goLiveOn\":\"" + goLive + "\"}")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("companyId"))
                .andExpect(jsonPath("$.errors[0].code").value("SuccessPlanExists"));
    }

    @Test
    void viewersReadButCannotMakePlansOrTemplates() throws Exception {
        mvc.perform(post(viewer, "/api/v1/success-plans", "{\"companyId\":\"" + companyId + "\",\"templateId\":\""
                + BUILT_IN + "\",\"goLiveOn\":\"" + goLive + "\"}")).andExpect(status().isForbidden());
        mvc.perform(post(member, "/api/v1/success-templates", "{\"name\":\"x\"}")).andExpect(status().isForbidden());
        String id = createPlan();
        mvc.perform(get(viewer, "/api/v1/success-plans/" + id)).andExpect(status().isOk());
    }

    @Test
    void thePhaseBoardFiltersByPhaseAndGoLive() throws Exception {
        String id = createPlan();
        String window = "&filter[goLiveFrom]=" + goLive + "&filter[goLiveTo]=" + goLive;
        mvc.perform(get(viewer, "/api/v1/success-plans?filter[phase]=preparation" + window))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isNotEmpty())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].itemsTotal").value(25));
        mvc.perform(get(viewer, "/api/v1/success-plans?filter[phase]=adoption" + window))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").isEmpty());
        mvc.perform(get(viewer, "/api/v1/success-plans?filter[goLiveFrom]=2027-13-01")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("filter[goLiveFrom]"));
        mvc.perform(get(viewer, "/api/v1/success-plans?filter[nope]=1")).andExpect(status().isBadRequest());
    }

    @Test
    void administratorsAddTemplatesWhosePhasesFollowOneAnother() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        mvc.perform(post(admin, "/api/v1/success-templates", "{\"name\":\"" + unique("短期") + "\",\"phases\":["
                + "{\"name\":\"準備\",\"startMonths\":-1,\"endMonths\":0},{\"name\":\"定着\",\"startMonths\":1}],"
                + "\"items\":[]}")).andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("phases[1].startMonths"));
        String name = unique("短期");
        String id = read(post(admin, "/api/v1/success-templates", "{\"name\":\"" + name + "\",\"phases\":["
                + "{\"name\":\"準備\",\"startMonths\":-1,\"endMonths\":0},{\"name\":\"定着\",\"startMonths\":0}],"
                + "\"items\":[{\"phase\":0,\"title\":\"アカウント発行\",\"side\":\"us\",\"dueOffsetDays\":-20}]}"), "$.id");
        mvc.perform(get(member, "/api/v1/success-templates/" + id)).andExpect(jsonPath("$.items[0].dueOffsetDays")
                .value(-20)).andExpect(jsonPath("$.phases[1].endMonths").doesNotExist());
    }
}

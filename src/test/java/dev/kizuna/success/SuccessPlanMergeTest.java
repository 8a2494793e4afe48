package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Merging two customers that both have a success plan was refused (422): now the surviving customer's plan stays and
 * the other is folded into it — its ticks (who and when) and notes carried over, its meetings re-pointed, its run
 * cancelled — and the kept plan's run moves on past the items that became done.
 */
class SuccessPlanMergeTest extends ApiTestBase {

    private final LocalDate goLive = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(60);
    private String manager;

    @BeforeEach
    void signIn() {
        manager = tokenFor(PermissionLevel.MANAGER);
    }

    private String read(MockHttpServletRequestBuilder request, String path) throws Exception {
        return JsonPath.read(mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString(), path).toString();
    }

    private String customerWithPlan(String name) throws Exception {
        String company = read(post(manager, "/api/v1/companies", "{\"name\":\"" + unique(name) + "\"}"), "$.id");
        read(post(manager, "/api/v1/success-plans", "{\"companyId\":\"" + company + "\",\"templateId\":\""
                + SuccessTemplates.BUILT_IN + "\",\"goLiveOn\":\"" + goLive + "\"}"), "$.id");
        return company;
    }

    private String planOf(String company) {
        return jdbc.sql("select id::text from success_plan where company_id = ?::uuid").param(company)
                .query(String.class).single();
    }

    private List<Map<String, Object>> itemsByDueDay(String plan) throws Exception {
        List<Map<String, Object>> items = new java.util.ArrayList<>(JsonPath.read(mvc.perform(get(manager,
                "/api/v1/success-plans/" + plan + "/checklist")).andReturn().getResponse().getContentAsString(),
                "$.items"));
        items.sort(Comparator.comparing((Map<String, Object> i) -> i.get("dueOn").toString()));
        return items;
    }

    private String runStatus(String plan) {
        return jdbc.sql("select r.status || ' ' || r.step from playbook_run r join success_plan p on"
                + " p.playbook_run_id = r.id where p.id = ?::uuid").param(plan).query(String.class).single();
    }

    @Test
    void theSurvivorsPlanStaysAndTheOtherIsFoldedIntoIt() throws Exception {
        String keep = customerWithPlan("株式会社残る");
        String gone = customerWithPlan("株式会社消える");
        String keptPlan = planOf(keep);
        String gonePlan = planOf(gone);
        UUID goneRun = jdbc.sql("select playbook_run_id from success_plan where id = ?::uuid").param(gonePlan)
                .query(UUID.class).single();
        List<Map<String, Object>> goneItems = itemsByDueDay(gonePlan);
        Map<String, Object> first = goneItems.get(0);
        Map<String, Object> noted = goneItems.get(3);
        mvc.perform(patch(manager, "/api/v1/success-plans/" + gonePlan + "/checklist/" + first.get("id"),
                "{\"version\":0,\"done\":true}")).andExpect(status().isOk());
        mvc.perform(patch(manager, "/api/v1/success-plans/" + gonePlan + "/checklist/" + noted.get("id"),
                "{\"version\":0,\"notes\":\"本部の承認待ち\"}")).andExpect(status().isOk());
        assertThat(runStatus(keptPlan)).isEqualTo("waiting 0");

        String answer = mvc.perform(post(manager, "/api/v1/companies/" + keep + "/merge", "{\"mergeId\":\"" + gone
                + "\",\"version\":" + read(get(manager, "/api/v1/companies/" + keep), "$.version") + ",\"mergeVersion\":"
                + read(get(manager, "/api/v1/companies/" + gone), "$.version") + "}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(answer, "$.moved[?(@.kind == 'successPlansFolded')].ids[*]"))
                .containsExactly(gonePlan);
        assertThat(planOf(keep)).isEqualTo(keptPlan);
        assertThat(jdbc.sql("select count(*) from success_plan where id = ?::uuid").param(gonePlan).query(Long.class)
                .single()).isZero();
        List<Map<String, Object>> kept = itemsByDueDay(keptPlan);
        assertThat(kept).hasSize(goneItems.size());
        Map<String, Object> carried = kept.stream().filter(i -> i.get("title").equals(first.get("title")))
                .findFirst().orElseThrow();
        assertThat(carried.get("done")).isEqualTo(true);
        assertThat(carried.get("doneByName")).isNotNull();
        assertThat(kept.stream().filter(i -> i.get("title").equals(noted.get("title"))).findFirst().orElseThrow()
                .get("notes")).isEqualTo("本部の承認待ち");
        assertThat(runStatus(keptPlan)).as("the kept plan's run passed the item now done").isEqualTo("waiting 1");
        assertThat(jdbc.sql("select status from playbook_run where id = ?").param(goneRun).query(String.class).single())
                .isEqualTo("cancelled");
        assertThat(jdbc.sql("select count(*) from success_meeting where company_id = ?::uuid and plan_id = ?::uuid")
                .params(keep, keptPlan).query(Long.class).single()).as("both plans' proposed reviews").isEqualTo(4);
    }
}

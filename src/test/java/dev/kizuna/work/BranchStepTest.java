package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine takes a branch: customers with 30 or more employees get a visit proposal, smaller ones a phone
 * follow-up, then the playbook ends; a condition on a field that does not exist is refused, naming the step.
 */
class BranchStepTest extends ApiTestBase {

    private String manager;
    private String member;
    private String board;

    @BeforeEach
    void fixture() throws Exception {
        manager = tokenFor(PermissionLevel.MANAGER);
        member = tokenFor(PermissionLevel.MEMBER);
        board = unique("【倉庫】印刷発注のない既存客への営業");
        mvc.perform(post(manager, "/api/v1/boards", "{\"name\":\"" + board + "\"}")).andExpect(status().isCreated());
    }

    private String playbook(String name, String whenField) throws Exception {
        String steps = "[{\"kind\":\"branch\",\"title\":\"従業員数で分ける\",\"when\":{\"subject\":\"field\",\"field\":\""
                + whenField + "\",\"op\":\"gte\",\"value\":\"30\"},\"then\":1,\"otherwise\":2},"
                + "{\"kind\":\"post\",\"title\":\"訪問を提案\",\"board\":\"" + board + "\",\"then\":3},"
                + "{\"kind\":\"post\",\"title\":\"電話でフォロー\",\"board\":\"" + board + "\"}]";
        return "{\"name\":\"" + name + "\",\"trigger\":\"manual\",\"steps\":" + steps + "}";
    }

    private String company(String name, int employees) throws Exception {
        return JsonPath.read(mvc.perform(post(manager, "/api/v1/companies", "{\"name\":\"" + unique(name)
                + "\",\"nameKana\":\"カブシキガイシャ\",\"employeeCount\":" + employees + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private List<String> titles(String company) {
        return jdbc.sql("select title from task where company_id = ? order by created_at").param(UUID.fromString(company))
                .query(String.class).list();
    }

    @Test
    void bigCustomersGetAVisitSmallOnesACall() throws Exception {
        String id = JsonPath.read(mvc.perform(post(manager, "/api/v1/playbooks", playbook(unique("規模で分ける営業"),
                "employeeCount"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String big = company("株式会社大和精工", 120);
        String small = company("有限会社小林商店", 8);
        for (String c : List.of(big, small)) {
            mvc.perform(post(member, "/api/v1/playbook-runs", "{\"playbookId\":\"" + id + "\",\"companyId\":\"" + c + "\"}"))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("done"));
        }
        assertThat(titles(big)).containsExactly("訪問を提案");
        assertThat(titles(small)).containsExactly("電話でフォロー");
        assertThat(jdbc.sql("select count(*) from playbook_run_event e join playbook_run r on r.id = e.run_id"
                + " where r.company_id = ? and e.kind = 'branch'").param(UUID.fromString(big)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheStep() throws Exception {
        mvc.perform(post(manager, "/api/v1/playbooks", playbook(unique("壊れた分岐"), "shoeSize"))
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("steps[0].when.field"));
    }
}

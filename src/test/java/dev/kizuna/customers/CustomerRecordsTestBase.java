package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;

/** Records of every module on a customer, made through the API as a user would, for the merge and delete tests. */
abstract class CustomerRecordsTestBase extends ApiTestBase {

    protected String admin;
    protected String manager;

    @BeforeEach
    void tokens() {
        admin = tokenFor(PermissionLevel.ADMIN);
        manager = tokenFor(PermissionLevel.MANAGER);
    }

    /** A deal on the customer, won, and the order made from it (by the commerce module, after the commit). */
    protected String wonOrder(UUID company, String dealName) throws Exception {
        String pipelineJson = pipeline("受注まで");
        List<String> stages = JsonPath.read(pipelineJson, "$.stages[*].id");
        String deal = create("/api/v1/deals", "{\"name\":\"" + dealName + "\",\"companyId\":\"" + company
                + "\",\"pipelineId\":\"" + JsonPath.read(pipelineJson, "$.id") + "\",\"amount\":120000}");
        win(deal, stages);
        return awaitOrder(deal);
    }

    protected void win(String deal, List<String> stages) throws Exception {
        mvc.perform(post(manager, "/api/v1/deals/" + deal + "/move", "{\"version\":" + version("/api/v1/deals/" + deal)
                + ",\"stageId\":\"" + stages.get(1) + "\"}")).andExpect(status().isOk());
    }

    protected UUID company(String name) throws Exception {
        return UUID.fromString(create("/api/v1/companies", "{\"name\":\"" + unique(name) + "\",\"nameKana\":\"オガワ\"}"));
    }

    protected String pipeline(String name) throws Exception {
        return create("/api/v1/pipelines", "{\"name\":\"" + unique(name)
                + "\",\"stages\":[{\"name\":\"見積\",\"kind\":\"open\",\"winProbability\":50},"
                + "{\"name\":\"受注\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"失注\",\"kind\":\"lost\",\"winProbability\":0}]}", true);
    }

    protected void moveContact(String contact, UUID to) throws Exception {
        mvc.perform(patch(manager, "/api/v1/contacts/{id}", "{\"version\":" + version("/api/v1/contacts/" + contact)
                + ",\"companyId\":\"" + to + "\"}", contact)).andExpect(status().isOk());
    }

    protected UUID targetList(String playbook, UUID... members) {
        UUID list = UUID.randomUUID();
        // inactive: the target-list job (every 30 min, 3 min after a start) would feed an active one's members into
        // playbook runs while the test looks at them (MergeKeepsRecordsTest once found an extra run)
        jdbc.sql("insert into target_list (id, name, feed_kind, playbook_id, refresh, active) values (?, ?, 'playbook', ?,"
                + " 'never', false)")
                .params(list, unique("統合テストのリスト"), UUID.fromString(playbook)).update();
        for (int i = 0; i < members.length; i++) {
            jdbc.sql("insert into target_list_member (list_id, company_id, position) values (?, ?, ?)")
                    .params(list, members[i], i).update();
        }
        return list;
    }

    protected static String quote(String deal) {
        return "{\"dealId\":\"" + deal + "\",\"title\":\"定期便のお見積り\",\"lines\":[{\"description\":\"定期便 3か月\","
                + "\"unitPrice\":40000,\"taxRate\":8}]}";
    }

    protected String option(String kind, String name) {
        return jdbc.sql("select id from activity_option where kind = ? and name = ?").params(kind, name)
                .query(UUID.class).single().toString();
    }

    protected String awaitOrder(String deal) {
        String[] found = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
            found[0] = jdbc.sql("select id::text from sales_order where deal_id = ?").param(UUID.fromString(deal))
                    .query(String.class).optional().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    protected UUID companyOf(String table, String id) {
        return jdbc.sql("select company_id from " + table + " where id = ?").param(UUID.fromString(id)).query(UUID.class)
                .single();
    }

    protected static List<String> moved(String answer, String kind) {
        List<List<String>> ids = JsonPath.read(answer, "$.moved[?(@.kind == '" + kind + "')].ids");
        return ids.stream().flatMap(List::stream).toList();
    }

    protected long version(String path) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get(manager, path)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(), "$.version")).longValue();
    }

    protected String create(String path, String json) throws Exception {
        return JsonPath.read(create(path, json, true), "$.id");
    }

    protected String create(String path, String json, boolean whole) throws Exception {
        var response = mvc.perform(post(admin, path, json)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(201);
        return response.getContentAsString();
    }
}

package dev.kizuna.customers;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/** Bulk create/update (all or nothing), bulk owner/tag/delete, counts and saved views through the API. */
class BulkApiTest extends ApiTestBase {

    @Test
    void bulkSaveCreatesAndChangesTogetherOrNotAtAll() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String tag = unique("一括");
        String first = JsonPath.read(mvc.perform(post(member, "/api/v1/companies",
                        "{\"name\":\"" + tag + "既存\",\"status\":\"prospect\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post(member, "/api/v1/companies/bulk", """
                        {"items":[{"name":"%1$s新規一","status":"customer","tags":["%1$s"]},
                                  {"name":"%1$s新規二","status":"prospect","tags":["%1$s"]},
                                  {"id":"%2$s","version":0,"tags":["%1$s"],"industry":"印刷"}]}
                        """.formatted(tag, first)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[2].industry").value("印刷"))
                .andExpect(jsonPath("$.items[2].version").value(1));
        mvc.perform(get(member, "/api/v1/companies/count").param("filter[tag]", tag))
                .andExpect(jsonPath("$.count").value(3)).andExpect(jsonPath("$.capped").value(false));

        String broken = unique("不成立");
        mvc.perform(post(member, "/api/v1/companies/bulk", """
                        {"items":[{"name":"%1$s一","status":"customer","tags":["%1$s"]},
                                  {"name":"","phone":"12","status":"customer","tags":["%1$s"]}]}
                        """.formatted(broken)).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("items[1].name")))
                .andExpect(jsonPath("$.errors[?(@.field == 'items[1].phone')].message")
                        .value(hasItem(org.hamcrest.Matchers.startsWith("Phone"))));
        mvc.perform(get(member, "/api/v1/companies/count").param("filter[tag]", broken))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(post(member, "/api/v1/companies/bulk", "{\"items\":[{\"id\":\"%s\",\"version\":0,\"name\":\"古い\"}]}"
                        .formatted(first)))
                .andExpect(status().isConflict());
        StringBuilder tooMany = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 1001; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{\"name\":\"多すぎ").append(i).append("\",\"status\":\"prospect\"}");
        }
        mvc.perform(post(member, "/api/v1/companies/bulk", tooMany.append("]}").toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("items"));
    }

    @Test
    void bulkActionsAssignTagAndDeleteOnlyWithTheRightLevel() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String manager = tokenFor(PermissionLevel.MANAGER);
        var owner = accounts.create(PermissionLevel.MEMBER);
        String tag = unique("操作");
        String ids = JsonPath.parse(mvc.perform(post(member, "/api/v1/companies/bulk", """
                        {"items":[{"name":"%1$s一","status":"customer","tags":["%1$s"]},
                                  {"name":"%1$s二","status":"customer","tags":["%1$s"]}]}
                        """.formatted(tag))).andReturn().getResponse().getContentAsString()).read("$.items[*].id").toString();
        mvc.perform(post(member, "/api/v1/companies/bulk-actions",
                        "{\"action\":\"assignOwner\",\"ids\":%s,\"ownerId\":\"%s\"}".formatted(ids, owner.id())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.affected").value(2));
        mvc.perform(post(member, "/api/v1/companies/bulk-actions", "{\"action\":\"addTag\",\"ids\":%s,\"tag\":\"要フォロー\"}".formatted(ids)))
                .andExpect(jsonPath("$.affected").value(2));
        mvc.perform(get(member, "/api/v1/companies").param("filter[tag]", tag).param("filter[ownerId]", owner.id().toString()))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].tags").value(hasItem("要フォロー")));
        mvc.perform(post(member, "/api/v1/companies/bulk-actions", "{\"action\":\"delete\",\"ids\":%s}".formatted(ids)))
                .andExpect(status().isForbidden());
        mvc.perform(post(member, "/api/v1/companies/bulk-actions", "{\"action\":\"paint\",\"ids\":%s}".formatted(ids)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("action"));
        mvc.perform(post(manager, "/api/v1/companies/bulk-actions", "{\"action\":\"delete\",\"ids\":%s}".formatted(ids)))
                .andExpect(jsonPath("$.affected").value(2));
        mvc.perform(get(member, "/api/v1/companies/count").param("filter[tag]", tag)).andExpect(jsonPath("$.count").value(0));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                "select count(*) from audit_event where action = 'company.deleted' and before_value::text like ?")
                .param("%" + tag + "%").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void savedViewsArePrivateUnlessShared() throws Exception {
        String author = tokenFor(PermissionLevel.MEMBER);
        String other = tokenFor(PermissionLevel.MEMBER);
        String viewer = tokenFor(PermissionLevel.VIEWER);
        String mine = unique("自分用");
        String shared = unique("共有");
        String privateId = JsonPath.read(mvc.perform(post(author, "/api/v1/list-views",
                "{\"name\":\"%s\",\"query\":\"filter[status]=customer&sort=created\"}".formatted(mine)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post(author, "/api/v1/list-views", "{\"name\":\"%s\",\"query\":\"filter[incomplete]=true\",\"shared\":true}"
                .formatted(shared))).andExpect(status().isCreated());
        mvc.perform(get(other, "/api/v1/list-views"))
                .andExpect(jsonPath("$.items[*].name").value(hasItem(shared)))
                .andExpect(jsonPath("$.items[*].name").value(not(hasItem(mine))));
        mvc.perform(get(other, "/api/v1/list-views/{id}", privateId)).andExpect(status().isNotFound());
        mvc.perform(post(viewer, "/api/v1/list-views", "{\"name\":\"x\",\"query\":\"\",\"shared\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(author, "/api/v1/list-views", "{\"name\":\" \",\"query\":\"\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(delete(author, "/api/v1/list-views/{id}", privateId)).andExpect(status().isNoContent());
    }
}

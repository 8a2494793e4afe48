package dev.kizuna.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Logging activities through the API: rules, idempotent retries, who may change them, the timeline. */
class ActivitiesApiTest extends ApiTestBase {

    private String option(String kind, String name) {
        return jdbc.sql("select id from activity_option where kind = ? and name = ?").params(kind, name)
                .query(UUID.class).single().toString();
    }

    private String company(String token) throws Exception {
        return JsonPath.read(mvc.perform(post(token, "/api/v1/companies",
                "{\"name\":\"" + unique("対応テスト商事") + "\",\"status\":\"customer\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String call(String token, String company, String outcome) throws Exception {
        return JsonPath.read(mvc.perform(post(token, "/api/v1/activities", """
                        {"companyId":"%s","channelId":"%s","typeId":"%s","outcome":"%s","details":"納期確認の電話"}
                        """.formatted(company, option("channel", "電話"), option("type", "納期確認"), outcome)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void aCallIsLoggedOnceEvenWhenTheNetworkRetriesAndAppearsOnTheTimeline() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String company = company(member);
        String body = """
                {"companyId":"%s","channelId":"%s","typeId":"%s","outcome":"reached","details":"来週火曜に納品で確定",
                 "followUpAction":"出荷日に連絡","followUpOn":"2026-12-01"}
                """.formatted(company, option("channel", "電話"), option("type", "納期確認"));
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(post(member, "/api/v1/activities", body).header("Idempotency-Key", key))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post(member, "/api/v1/activities", body).header("Idempotency-Key", key))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        mvc.perform(get(member, "/api/v1/activities").param("filter[companyId]", company))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].outcome").value("reached"))
                .andExpect(jsonPath("$.items[0].channel").value("電話"))
                .andExpect(jsonPath("$.items[0].followUpOn").value("2026-12-01"));
        mvc.perform(post(member, "/api/v1/activities", "{\"companyId\":\"%s\",\"kind\":\"note\",\"details\":\"決裁者は社長\"}"
                        .formatted(company))).andExpect(status().isCreated());
        mvc.perform(get(member, "/api/v1/companies/{id}/timeline", company))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("note"))
                .andExpect(jsonPath("$.items[1].detail").value("来週火曜に納品で確定"));
        mvc.perform(get(member, "/api/v1/companies/{id}/timeline", company).param("filter[kind]", "activity"))
                .andExpect(jsonPath("$.items.length()").value(1));
        // A change of a key field shows too (from the audit log); a change of another field does not.
        mvc.perform(patch(member, "/api/v1/companies/{id}", "{\"version\":0,\"industry\":\"印刷\"}", company))
                .andExpect(status().isOk());
        mvc.perform(patch(member, "/api/v1/companies/{id}", "{\"version\":1,\"phone\":\"03-5555-0000\"}", company)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isOk());
        mvc.perform(get(member, "/api/v1/companies/{id}/timeline", company).header("Accept-Language", "ja"))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].kind").value("change"))
                .andExpect(jsonPath("$.items[0].detail").value("電話番号"));
        mvc.perform(get(member, "/api/v1/companies/{id}/timeline", company).param("filter[kind]", "fax"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("filter[kind]"));
    }

    @Test
    void theRulesOfAnActivityNameTheirFields() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String company = company(member);
        String other = company(member);
        String contactElsewhere = JsonPath.read(mvc.perform(post(member, "/api/v1/contacts",
                "{\"companyId\":\"%s\",\"name\":\"別社 太郎\",\"phone\":\"03-1111-2222\",\"email\":\"b@example.jp\"}".formatted(other)))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post(member, "/api/v1/activities", """
                        {"companyId":"%s","channelId":"%s","typeId":"%s","contactId":"%s","occurredAt":"2099-01-01T10:00:00+09:00"}
                        """.formatted(company, option("channel", "電話"), option("type", "納期確認"), contactElsewhere))
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "outcome", "contactId", "occurredAt")))
                .andExpect(jsonPath("$.errors[?(@.field == 'outcome')].message").value(hasItem("結果を入力してください。")));
        mvc.perform(post(member, "/api/v1/activities", """
                        {"companyId":"%s","channelId":"%s","typeId":"%s","outcome":"reached"}
                        """.formatted(company, option("channel", "メール"), option("type", "その他"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("OnlyForCalls"));
        mvc.perform(post(member, "/api/v1/activities", "{\"companyId\":\"%s\",\"kind\":\"note\"}".formatted(company)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("details"));
        mvc.perform(post(tokenFor(PermissionLevel.VIEWER), "/api/v1/activities", "{\"companyId\":\"%s\",\"kind\":\"note\",\"details\":\"x\"}"
                .formatted(company))).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheAuthorTheirManagerOrAnAdministratorChangesAnActivity() throws Exception {
        TestAccounts.Account author = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account manager = accounts.create(PermissionLevel.MANAGER);
        String authorToken = accounts.token(author);
        String company = company(authorToken);
        String id = call(authorToken, company, "unreached");
        mvc.perform(patch(tokenFor(PermissionLevel.MEMBER), "/api/v1/activities/{id}", "{\"version\":0,\"details\":\"改ざん\"}", id))
                .andExpect(status().isForbidden());
        mvc.perform(patch(accounts.token(manager), "/api/v1/activities/{id}", "{\"version\":0,\"details\":\"上長が修正\"}", id))
                .andExpect(status().isForbidden());
        UUID team = UUID.randomUUID();
        jdbc.sql("insert into team (id, name, manager_id) values (?, ?, ?)").params(team, unique("営業一課"), manager.id()).update();
        jdbc.sql("insert into team_member (team_id, user_id) values (?, ?), (?, ?)")
                .params(team, manager.id(), team, author.id()).update();
        mvc.perform(patch(accounts.token(manager), "/api/v1/activities/{id}", "{\"version\":0,\"details\":\"上長が修正\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(patch(authorToken, "/api/v1/activities/{id}", "{\"version\":0,\"details\":\"古い版\"}", id))
                .andExpect(status().isConflict());
        mvc.perform(delete(tokenFor(PermissionLevel.ADMIN), "/api/v1/activities/{id}", id).header("If-Match", "\"1\""))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from audit_event where object_id = ? and action like 'activity.%'")
                .param(id).query(Long.class).single()).isEqualTo(3);
    }
}

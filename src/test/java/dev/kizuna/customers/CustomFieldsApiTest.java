package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/**
 * Custom fields end to end through the API: an administrator defines them, members fill them in, lists filter and
 * sort by them like built-in columns, bad values are refused naming the field's own label, retired fields keep
 * their values.
 */
class CustomFieldsApiTest extends ApiTestBase {

    private static String key(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private String field(String admin, String key, String label, String type, String options) throws Exception {
        String json = mvc.perform(post(admin, "/api/v1/custom-fields", """
                        {"objectType":"company","key":"%s","label":"%s","type":"%s","options":%s}
                        """.formatted(key, label, type, options)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    private String company(String token, String name, String custom) throws Exception {
        String json = mvc.perform(post(token, "/api/v1/companies", """
                        {"name":"%s","nameKana":"テスト","status":"customer","customFields":%s}
                        """.formatted(name, custom)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    @Test
    void listsFilterAndSortByCustomFieldsAndPageThroughThem() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String member = tokenFor(PermissionLevel.MEMBER);
        String rank = key("rank");
        String fee = key("fee");
        String renewal = key("renewal");
        field(admin, rank, "ランク", "single_choice", "[\"A\",\"B\",\"C\"]");
        field(admin, fee, "月額", "money", "[]");
        field(admin, renewal, "更新日", "date", "[]");
        // Each field got its index once it was saved, built and valid.
        assertThat(jdbc.sql("""
                select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid
                 where c.relname in (?, ?, ?) and i.indisvalid""")
                .params("company_cf_" + rank + "_idx", "company_cf_" + fee + "_idx", "company_cf_" + renewal + "_idx")
                .query(Long.class).single()).isEqualTo(3);
        String tag = unique("カスタム");
        String a = company(member, tag + "一", "{\"%s\":\"A\",\"%s\":\"12,000\",\"%s\":\"2027/1/5\"}".formatted(rank, fee, renewal));
        String b = company(member, tag + "二", "{\"%s\":\"B\",\"%s\":3000,\"%s\":\"2026-12-01\"}".formatted(rank, fee, renewal));
        String c = company(member, tag + "三", "{\"%s\":\"B\",\"%s\":50000}".formatted(rank, fee));
        String none = company(member, tag + "四", "{}");

        mvc.perform(get(member, "/api/v1/companies/{id}", a))
                .andExpect(jsonPath("$.customFields." + fee).value(12000))
                .andExpect(jsonPath("$.customFields." + renewal).value("2027-01-05"));
        mvc.perform(get(member, "/api/v1/companies").param("q", tag).param("filter[customFields." + rank + "]", "B"))
                .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.containsInAnyOrder(b, c)));
        mvc.perform(get(member, "/api/v1/companies").param("q", tag)
                        .param("filter[customFields." + fee + "][gte]", "10000").param("sort", "customFields." + fee))
                .andExpect(jsonPath("$.items[*].id").value(contains(a, c)));
        mvc.perform(get(member, "/api/v1/companies").param("q", tag)
                        .param("filter[customFields." + renewal + "][lte]", "2026-12-31"))
                .andExpect(jsonPath("$.items[*].id").value(contains(b)));

        // Sorted by the custom money field, largest first, two at a time: every customer once, the empty one last.
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = get(member, "/api/v1/companies").param("q", tag).param("sort", "customFields." + fee)
                    .param("desc", "true").param("limit", "2");
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            seen.addAll(JsonPath.read(json, "$.items[*].id"));
            cursor = JsonPath.read(json, "$.nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactly(c, a, b, none);
    }

    @Test
    void badValuesAndUnknownFieldsAreRefusedNamingTheField() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String member = tokenFor(PermissionLevel.MEMBER);
        String rank = key("rank");
        String count = key("count");
        field(admin, rank, "重要度", "single_choice", "[\"高\",\"中\",\"低\"]");
        field(admin, count, "拠点数", "number", "[]");
        mvc.perform(post(member, "/api/v1/companies", """
                        {"name":"不正値テスト","status":"prospect","customFields":{"%s":"特上","%s":"たくさん","nosuch":"x"}}
                        """.formatted(rank, count)).header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'customFields.%s')].message".formatted(rank))
                        .value(hasItem(containsString("重要度"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'customFields.%s')].code".formatted(count)).value(hasItem("Number")))
                .andExpect(jsonPath("$.errors[?(@.field == 'customFields.nosuch')].code").value(hasItem("UnknownField")));
        mvc.perform(get(member, "/api/v1/companies").param("filter[customFields.nosuch]", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("filter[customFields.nosuch]"));
        mvc.perform(get(member, "/api/v1/companies").param("filter[customFields." + count + "][gte]", "abc"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("Number"));
        mvc.perform(get(member, "/api/v1/companies").param("sort", "customFields.nosuch"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void onlyAdministratorsDefineFieldsAndKeysStayUnique() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String member = tokenFor(PermissionLevel.MEMBER);
        String k = key("dup");
        mvc.perform(post(member, "/api/v1/custom-fields", "{\"key\":\"%s\",\"label\":\"x\",\"type\":\"text\"}".formatted(k)))
                .andExpect(status().isForbidden());
        field(admin, k, "重複キー", "text", "[]");
        mvc.perform(post(admin, "/api/v1/custom-fields", "{\"key\":\"%s\",\"label\":\"x\",\"type\":\"text\"}".formatted(k)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("key"))
                .andExpect(jsonPath("$.errors[0].code").value("Duplicate"));
        mvc.perform(post(admin, "/api/v1/custom-fields", "{\"key\":\"Bad Key\",\"label\":\"\",\"type\":\"colour\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(post(admin, "/api/v1/custom-fields", "{\"key\":\"Bad Key\",\"label\":\"\",\"type\":\"single_choice\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("label", "key", "options")));
    }

    @Test
    void aRetiredFieldLeavesListsButKeepsItsValues() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String member = tokenFor(PermissionLevel.MEMBER);
        String k = key("old");
        String id = field(admin, k, "旧コード", "text", "[]");
        String company = company(member, unique("廃止"), "{\"%s\":\"X-1\"}".formatted(k));
        mvc.perform(patch(admin, "/api/v1/custom-fields/{id}", "{\"version\":0,\"retired\":true}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.retired").value(true));
        mvc.perform(get(member, "/api/v1/custom-fields"))
                .andExpect(jsonPath("$.items[*].key").value(not(hasItem(k))));
        mvc.perform(patch(admin, "/api/v1/custom-fields/{id}", "{\"version\":0,\"label\":\"x\"}", id))
                .andExpect(status().isConflict());
        // Changing other fields keeps the retired value; writing the retired field itself is refused.
        mvc.perform(patch(member, "/api/v1/companies/{id}", "{\"version\":0,\"industry\":\"印刷\"}", company))
                .andExpect(status().isOk()).andExpect(jsonPath("$.customFields." + k).value("X-1"));
        mvc.perform(patch(member, "/api/v1/companies/{id}", "{\"version\":1,\"customFields\":{\"%s\":\"Y\"}}".formatted(k), company))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("UnknownField"));
        mvc.perform(get(member, "/api/v1/companies").param("filter[customFields." + k + "]", "X-1"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void contactsHaveTheirOwnCustomFields() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        String member = tokenFor(PermissionLevel.MEMBER);
        String k = key("met");
        mvc.perform(post(admin, "/api/v1/custom-fields",
                        "{\"objectType\":\"contact\",\"key\":\"%s\",\"label\":\"名刺交換日\",\"type\":\"date\"}".formatted(k)))
                .andExpect(status().isCreated());
        String company = company(member, unique("担当者項目"), "{}");
        String contact = JsonPath.read(mvc.perform(post(member, "/api/v1/contacts", """
                        {"companyId":"%s","name":"佐藤 花子","email":"hanako@example.jp","phone":"03-1111-2222",
                         "customFields":{"%s":"2026/11/20"}}""".formatted(company, k)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get(member, "/api/v1/contacts/{id}", contact))
                .andExpect(jsonPath("$.customFields." + k).value("2026-11-20"));
        mvc.perform(patch(member, "/api/v1/contacts/{id}", "{\"version\":0,\"customFields\":{\"%s\":\"来週\"}}".formatted(k), contact)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("名刺交換日")));
        // A company custom field is not a contact field.
        mvc.perform(patch(member, "/api/v1/contacts/{id}", "{\"version\":0,\"customFields\":{\"rank\":\"A\"}}", contact))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("UnknownField"));
    }
}

package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/** Duplicates and merging through the API: pairs, a merge, its errors and who may do it. */
class MergeApiTest extends ApiTestBase {

    private String create(String token, String name, String phone, String email) throws Exception {
        String json = mvc.perform(post(token, "/api/v1/companies", """
                        {"name":"%s","phone":"%s","email":%s,"status":"customer"}"""
                        .formatted(name, phone, email == null ? "null" : "\"" + email + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    private List<String> pairsOf(String token, String path, String id) throws Exception {
        List<String> partners = new ArrayList<>();
        String cursor = null;
        do {
            var request = get(token, path).param("limit", "200");
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            partners.addAll(JsonPath.<List<String>>read(json, "$.items[?(@.first.id=='" + id + "')].second.id"));
            partners.addAll(JsonPath.<List<String>>read(json, "$.items[?(@.second.id=='" + id + "')].first.id"));
            cursor = JsonPath.read(json, "$.nextCursor");
        } while (cursor != null);
        return partners;
    }

    @Test
    void pairsAreListedAndAManagerMergesThemChoosingFieldsTheMergedOneIsThenGone() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String manager = tokenFor(PermissionLevel.MANAGER);
        String phone = CustomerMergeTest.randomPhone();
        String keep = create(member, unique("API残る"), phone, null);
        String gone = create(member, unique("API消える"), phone.replace("-", ""), unique("api") + "@example.jp");
        String goneEmail = JsonPath.read(mvc.perform(get(member, "/api/v1/companies/{id}", gone))
                .andReturn().getResponse().getContentAsString(), "$.email");
        mvc.perform(post(member, "/api/v1/contacts", "{\"companyId\":\"" + gone + "\",\"name\":\"移る 人\"}"))
                .andExpect(status().isCreated());

        assertThat(pairsOf(member, "/api/v1/companies/duplicates", keep)).containsExactly(gone);
        mvc.perform(get(member, "/api/v1/companies/duplicates").param("limit", "1"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].reasons").isArray())
                .andExpect(jsonPath("$.nextCursor").isString());

        mvc.perform(post(manager, "/api/v1/companies/{id}/merge", """
                        {"mergeId":"%s","version":0,"mergeVersion":0,"take":{"email":"merge"}}""".formatted(gone), keep))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.id").value(keep))
                .andExpect(jsonPath("$.email").value(goneEmail))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get(member, "/api/v1/companies/{id}", gone)).andExpect(status().isNotFound());
        mvc.perform(get(member, "/api/v1/companies/{id}/contacts", keep))
                .andExpect(jsonPath("$.items[*].name").value(hasItem("移る 人")));
        assertThat(pairsOf(member, "/api/v1/companies/duplicates", keep)).isEmpty();
    }

    @Test
    void anUnknownFieldAStaleVersionAndAMissingPartnerAreAnsweredAsProblems() throws Exception {
        String manager = tokenFor(PermissionLevel.MANAGER);
        String phone = CustomerMergeTest.randomPhone();
        String keep = create(manager, unique("誤りA"), phone, null);
        String gone = create(manager, unique("誤りB"), phone, null);
        mvc.perform(post(manager, "/api/v1/companies/{id}/merge", """
                        {"mergeId":"%s","version":0,"mergeVersion":0,"take":{"shoeSize":"merge"}}""".formatted(gone), keep))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("take.shoeSize"))
                .andExpect(jsonPath("$.errors[0].code").value("MergeField"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("shoeSize")));
        mvc.perform(post(manager, "/api/v1/companies/{id}/merge", """
                        {"mergeId":"%s","version":0,"mergeVersion":7}""".formatted(gone), keep))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post(manager, "/api/v1/companies/{id}/merge", """
                        {"mergeId":"%s","version":0,"mergeVersion":0}""".formatted(keep), keep))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("mergeId"))
                .andExpect(jsonPath("$.errors[0].code").value("MergeSelf"));
        mvc.perform(post(manager, "/api/v1/companies/{id}/merge", "{\"mergeId\":\"nope\",\"version\":0,\"mergeVersion\":0}", keep))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("mergeId"));
        mvc.perform(post(manager, "/api/v1/companies/{id}/merge", "{\"mergeId\":\"%s\",\"version\":0}".formatted(gone), keep))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("mergeVersion"));
        mvc.perform(get(manager, "/api/v1/companies/{id}", gone)).andExpect(status().isOk());
    }

    @Test
    void viewersAndMembersMayReadThePairsButNotMerge() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String phone = CustomerMergeTest.randomPhone();
        String keep = create(member, unique("閲覧A"), phone, null);
        String gone = create(member, unique("閲覧B"), phone, null);
        for (PermissionLevel level : List.of(PermissionLevel.VIEWER, PermissionLevel.MEMBER)) {
            String token = tokenFor(level);
            mvc.perform(get(token, "/api/v1/companies/duplicates").param("limit", "5")).andExpect(status().isOk());
            mvc.perform(get(token, "/api/v1/contacts/duplicates").param("limit", "5")).andExpect(status().isOk());
            mvc.perform(post(token, "/api/v1/companies/{id}/merge",
                            "{\"mergeId\":\"%s\",\"version\":0,\"mergeVersion\":0}".formatted(gone), keep))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get(member, "/api/v1/companies/{id}", gone)).andExpect(status().isOk());
    }

    @Test
    void contactsSharingAnEmailAreMergedThroughTheApi() throws Exception {
        String manager = tokenFor(PermissionLevel.MANAGER);
        String company = create(manager, unique("担当統合"), CustomerMergeTest.randomPhone(), null);
        String email = unique("tanaka") + "@example.jp";
        String keep = JsonPath.read(mvc.perform(post(manager, "/api/v1/contacts", """
                {"companyId":"%s","name":"田中 誠","email":"%s"}""".formatted(company, email)))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String gone = JsonPath.read(mvc.perform(post(manager, "/api/v1/contacts", """
                {"companyId":"%s","name":"田中 誠","email":"%s","title":"課長","mobile":"090-1234-5678"}"""
                .formatted(company, email.toUpperCase())))
                .andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(pairsOf(manager, "/api/v1/contacts/duplicates", keep)).containsExactly(gone);
        mvc.perform(post(manager, "/api/v1/contacts/{id}/merge", """
                        {"mergeId":"%s","version":0,"mergeVersion":0,"take":{"title":"merge","mobile":"merge"}}"""
                        .formatted(gone), keep))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("課長"))
                .andExpect(jsonPath("$.mobileDisplay").value("090-1234-5678"));
        mvc.perform(get(manager, "/api/v1/contacts/{id}", gone)).andExpect(status().isNotFound());
    }
}

package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * /api/v1/segments: conditions on built-in fields, tags, opt-ins and birthday month narrow the members; a condition on
 * an unknown field is 422 naming it. Each test's customers carry a tag of their own, so other tests' customers never
 * count.
 */
class SegmentsApiTest extends ApiTestBase {

    private String member;
    private String tag;

    @BeforeEach
    void fixture() throws Exception {
        member = tokenFor(PermissionLevel.MEMBER);
        tag = unique("seg");
        customer("セグ 一郎", "東京都", "1980-12-03", true);
        customer("セグ 二郎", "大阪府", "1985-12-20", false);
        customer("セグ 三郎", "東京都", "1990-05-05", true);
    }

    private String customer(String name, String prefecture, String birthday, boolean emailOptIn) throws Exception {
        return read(post(member, "/api/v1/companies", "{\"kind\":\"individual\",\"name\":\"" + unique(name)
                + "\",\"prefecture\":\"" + prefecture + "\",\"birthday\":\"" + birthday + "\",\"emailOptIn\":"
                + emailOptIn + ",\"email\":\"" + unique("seg") + "@example.jp\",\"tags\":[\"" + tag + "\"]}"), "$.id");
    }

    private String read(MockHttpServletRequestBuilder request, String path) throws Exception {
        String body = mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, path).toString();
    }

    private String tagged(String more) {
        return "{\"field\":\"tags\",\"op\":\"any\",\"value\":[\"" + tag + "\"]}" + more;
    }

    @Test
    void conditionsNarrowTheCountAndTheMembersAndTheCountFollowsAnEdit() throws Exception {
        String id = read(post(member, "/api/v1/segments", "{\"name\":\"" + unique("12月生まれ") + "\",\"conditions\":["
                + tagged(",{\"field\":\"birthdayMonth\",\"op\":\"eq\",\"value\":12}") + "]}"), "$.id");
        mvc.perform(get(member, "/api/v1/segments/" + id + "/count")).andExpect(jsonPath("$.count").value(2));
        String members = mvc.perform(get(member, "/api/v1/segments/" + id + "/members")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(members, "$.items[*].name")).hasSize(2)
                .allSatisfy(n -> assertThat(n).matches("セグ (一|二)郎.*"));

        // Tokyo and accepting e-mail: only 一郎 of the December ones.
        String version = read(get(member, "/api/v1/segments/" + id), "$.version");
        mvc.perform(patch(member, "/api/v1/segments/" + id, "{\"version\":" + version + ",\"conditions\":[" + tagged(
                ",{\"field\":\"birthdayMonth\",\"op\":\"in\",\"value\":[12]},{\"field\":\"prefecture\",\"value\":\"東京都\"}"
                        + ",{\"field\":\"emailOptIn\",\"value\":true}") + "]}")).andExpect(status().isOk());
        mvc.perform(get(member, "/api/v1/segments/" + id + "/count")).andExpect(jsonPath("$.count").value(1));

        // The editor's live count of unsaved conditions: F0 (no order yet) is all three.
        mvc.perform(post(member, "/api/v1/segments/count", "{\"conditions\":[" + tagged(
                ",{\"field\":\"fStage\",\"op\":\"eq\",\"value\":0},{\"field\":\"subscriptionStatus\",\"op\":\"in\","
                        + "\"value\":[\"none\"]}") + "]}")).andExpect(jsonPath("$.count").value(3));
    }

    @Test
    void aConditionOnAnUnknownFieldIsRefusedNamingIt() throws Exception {
        mvc.perform(post(member, "/api/v1/segments", "{\"name\":\"誤り\",\"conditions\":[" + tagged(
                        ",{\"field\":\"shoeSize\",\"op\":\"eq\",\"value\":24}") + "]}").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("conditions[1].field"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("shoeSize")));
        mvc.perform(post(member, "/api/v1/segments/count", "{\"conditions\":[{\"field\":\"fStage\",\"op\":\"gte\","
                        + "\"value\":9}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("conditions[0].value"));
        mvc.perform(post(member, "/api/v1/segments", "{\"name\":\"誤り\",\"conditions\":[{\"field\":"
                        + "\"customFields.nope\",\"value\":\"x\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("conditions[0].field"));
    }
}

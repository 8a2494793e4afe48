package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.SearchTags;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * DM・郵送物 不要 is the customer's own consent: set through the API and on the customer form, shown on the customer
 * page, audited with the change, and honoured by the birthday and the segment postcard/DM address lists.
 */
class PostalOptOutTest extends ApiTestBase {

    private TestAccounts.Account member;
    private MarketingMailTestData data;
    private String token;

    @BeforeEach
    void fixture() {
        member = accounts.create(PermissionLevel.MEMBER);
        token = accounts.token(member);
        data = new MarketingMailTestData(mvc, jdbc, token, SearchTags.next());
    }

    private String customer(String name, Boolean postalOptOut) throws Exception {
        return data.create("/api/v1/companies", "{\"kind\":\"individual\",\"name\":\"" + name + " " + data.tag()
                + "\",\"postalCode\":\"8100001\",\"prefecture\":\"福岡県\",\"city\":\"福岡市中央区\",\"street\":\"天神1-1\","
                + "\"birthday\":\"1988-11-03\",\"tags\":[\"" + data.tag() + "\"]"
                + (postalOptOut == null ? "" : ",\"postalOptOut\":" + postalOptOut) + "}");
    }

    private String list(Cookie session, String param, String value) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/marketing/print-lists/download").cookie(session)
                .param(param, value)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anOptedOutCustomerIsAbsentFromTheBirthdayAndSegmentListsAndTheApiSetsAndKeepsIt() throws Exception {
        String kept = customer("宛名 一郎", null);
        String refused = customer("宛名 二郎", true);
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/companies/" + refused).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.postalOptOut").value(true));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/companies/" + kept).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.postalOptOut").value(false));
        String segment = data.segmentOfTag();
        Cookie ja = data.signIn(member, "ja");
        assertThat(list(ja, "segmentId", segment)).contains("宛名 一郎 " + data.tag() + " 様")
                .doesNotContain("宛名 二郎 " + data.tag());
        assertThat(list(ja, "month", "11")).contains("宛名 一郎 " + data.tag() + " 様")
                .doesNotContain("宛名 二郎 " + data.tag());

        // A change that does not name it keeps it; naming it false puts the customer back on the lists.
        patch(refused, "{\"version\":0,\"city\":\"福岡市博多区\"}");
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/companies/" + refused).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.postalOptOut").value(true));
        patch(refused, "{\"version\":1,\"postalOptOut\":false}");
        assertThat(list(ja, "segmentId", segment)).contains("宛名 二郎 " + data.tag() + " 様");
        assertThat(jdbc.sql("select (before_value ->> 'postalOptOut') || '→' || (after_value ->> 'postalOptOut')"
                + " from audit_event where action = 'company.updated' and object_id = ? order by id desc limit 1")
                .param(refused).query(String.class).single()).isEqualTo("true→false");
    }

    @Test
    void theCustomerFormSetsItAndTheCustomerPageShowsIt() throws Exception {
        String id = customer("宛名 三郎", false);
        Cookie ja = data.signIn(member, "ja");
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + id + "/edit").cookie(ja)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"postalOptOut\"")));
        mvc.perform(MockMvcRequestBuilders.post("/customers/" + id + "/edit").cookie(ja).with(csrf())
                .param("version", "0").param("kind", "INDIVIDUAL").param("name", "宛名 三郎 " + data.tag())
                .param("nameKana", "アテナ サブロウ").param("postalCode", "810-0001").param("prefecture", "福岡県")
                .param("city", "福岡市中央区").param("street", "天神1-1").param("birthday", "1988-11-03")
                .param("phone", "092-123-4567").param("email", data.tag() + "@example.jp").param("tags", data.tag())
                .param("status", "CUSTOMER").param("postalOptOut", "true"))
                .andExpect(redirectedUrl("/customers/" + id));
        assertThat(jdbc.sql("select postal_opt_out_at is not null from company where id = ?").param(UUID.fromString(id))
                .query(Boolean.class).single()).isTrue();
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + id).cookie(ja))
                .andExpect(content().string(containsString("data-testid=\"postal-opt-out\"")));
        assertThat(list(ja, "segmentId", data.segmentOfTag())).doesNotContain("宛名 三郎 " + data.tag());
        mvc.perform(MockMvcRequestBuilders.post("/customers/" + id + "/edit").cookie(ja).with(csrf())
                .param("version", "1").param("kind", "INDIVIDUAL").param("name", "宛名 三郎 " + data.tag())
                .param("nameKana", "アテナ サブロウ").param("postalCode", "810-0001").param("prefecture", "福岡県")
                .param("city", "福岡市中央区").param("street", "天神1-1").param("birthday", "1988-11-03")
                .param("phone", "092-123-4567").param("email", data.tag() + "@example.jp").param("tags", data.tag())
                .param("status", "CUSTOMER"))
                .andExpect(redirectedUrl("/customers/" + id));
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + id).cookie(ja))
                .andExpect(content().string(not(containsString("data-testid=\"postal-opt-out\""))));
    }

    private void patch(String id, String json) throws Exception {
        mvc.perform(MockMvcRequestBuilders.patch("/api/v1/companies/" + id).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk());
    }
}

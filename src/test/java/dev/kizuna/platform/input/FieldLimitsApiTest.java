package dev.kizuna.platform.input;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/**
 * Every text a customer or contact keeps has its own limit, below the 10,000-character cap on any JSON text: an
 * indexed column such as the prefecture cannot take a value its index cannot hold (PostgreSQL's "index row size
 * exceeds" was a 500), and the duplicate check refuses an overlong name before it spends time on it.
 */
class FieldLimitsApiTest extends ApiTestBase {

    @Test
    void indexedCustomerColumnsRefuseWhatTheirIndexCannotHoldNamingFieldAndLimit() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String long9000 = "東京都".repeat(3000);
        mvc.perform(post(token, "/api/v1/companies", """
                        {"name":"テスト","status":"prospect","prefecture":"%s","email":"a%s@example.jp","city":"%s"}
                        """.formatted(long9000, "x".repeat(400), long9000)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("prefecture")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("city")))
                .andExpect(jsonPath("$.errors[?(@.field == 'prefecture')].code").value(hasItem("Size")));
    }

    @Test
    void theDuplicateCheckRefusesAnOverlongNameWithTheLimit() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        mvc.perform(post(token, "/api/v1/companies/duplicate-candidates", "{\"name\":\"" + "株".repeat(9_000) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("Size"));
    }

    @Test
    void aContactsEmailIsLimitedLikeTheCustomersOne() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String company = com.jayway.jsonpath.JsonPath.read(mvc.perform(post(token, "/api/v1/companies",
                "{\"name\":\"" + unique("上限") + "\",\"status\":\"prospect\"}")).andReturn().getResponse()
                .getContentAsString(), "$.id");
        mvc.perform(post(token, "/api/v1/contacts", """
                        {"companyId":"%s","name":"山田 太郎","email":"%s@example.jp"}
                        """.formatted(company, "y".repeat(3000))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("email")));
    }
}

package dev.kizuna.success;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** KPI actuals by import: the API takes the file as the body, the plan page an upload; bad files are refused whole. */
class KpiFileApiTest extends ApiTestBase {

    private static MockHttpServletRequestBuilder csv(String token, String path, String body) {
        return MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType("text/csv").content(body.getBytes(StandardCharsets.UTF_8));
    }

    private String kpi(String token, String companyId) throws Exception {
        return JsonPath.read(mvc.perform(post(token, "/api/v1/kpis", "{\"companyId\":\"" + companyId
                + "\",\"name\":\"来店予約数\",\"unit\":\"件\",\"kind\":\"kpi\",\"better\":\"higher\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String company(String token) throws Exception {
        return JsonPath.read(mvc.perform(post(token, "/api/v1/companies", "{\"name\":\"" + unique("株式会社月次")
                + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void theApiTakesACsvBodyAndRefusesABadOneWholeInTheCallersLanguage() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        String kpi = kpi(member, company(member));
        mvc.perform(csv(member, "/api/v1/kpis/" + kpi + "/actuals", "月,目標,実績\r\n2027-04,500,400\r\n2027/5,600,\r\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.months.length()").value(2))
                .andExpect(jsonPath("$.months[0].attainment").value(80));
        mvc.perform(csv(member, "/api/v1/kpis/" + kpi + "/actuals", "月,実績\n2027-06,1\n2027-07,多数\n")
                        .header("Accept-Language", "ja"))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value("KpiFileRow"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("3行目")));
        mvc.perform(get(member, "/api/v1/kpis/" + kpi + "/actuals"))
                .andExpect(jsonPath("$.items.length()").value(2)); // June was not taken either
        mvc.perform(csv(member, "/api/v1/kpis/" + kpi + "/actuals", "月,実績\n" + "2027-04,1\n".repeat(30_000)))
                .andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].code").value("KpiFileSize"));
        mvc.perform(csv(tokenFor(PermissionLevel.VIEWER), "/api/v1/kpis/" + kpi + "/actuals", "月,実績\n2027-08,1\n"))
                .andExpect(status().isForbidden());
        mvc.perform(csv(member, "/api/v1/kpis/00000000-0000-0000-0000-000000000000/actuals", "月,実績\n2027-08,1\n"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentOffersBothBodies() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/openapi.json"))
                .andExpect(jsonPath("$.paths['/api/v1/kpis/{id}/actuals'].post.requestBody.content['application/json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/kpis/{id}/actuals'].post.requestBody.content['text/csv']")
                        .exists());
    }

    @Test
    void thePlanPageReadsAnUploadAndShowsWhatWasWrong() throws Exception {
        TestAccounts.Account account = accounts.create(PermissionLevel.MEMBER);
        String member = accounts.token(account);
        String companyId = company(member);
        String plan = JsonPath.read(mvc.perform(post(member, "/api/v1/success-plans", "{\"companyId\":\"" + companyId
                + "\",\"templateId\":\"" + SuccessTemplates.BUILT_IN + "\",\"goLiveOn\":\""
                + LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30) + "\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        String kpi = kpi(member, companyId);
        Cookie session = mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andReturn().getResponse().getCookie("SESSION");
        String page = "/success/plans/" + plan;
        mvc.perform(MockMvcRequestBuilders.get(page).cookie(session))
                .andExpect(content().string(containsString("data-testid=\"kpi-file-form\"")));
        mvc.perform(MockMvcRequestBuilders.multipart(page + "/kpis/" + kpi + "/file").file(new MockMultipartFile("file",
                        "予約数.csv", "text/csv", "年月,実績\n2027年4月,45\n".getBytes(StandardCharsets.UTF_8)))
                        .cookie(session).with(csrf()))
                .andExpect(redirectedUrl(page + "#kpis"));
        mvc.perform(get(member, "/api/v1/kpis/" + kpi + "/actuals")).andExpect(jsonPath("$.items[0].actual").value(45));
        mvc.perform(MockMvcRequestBuilders.multipart(page + "/kpis/" + kpi + "/file").file(new MockMultipartFile("file",
                        "予約数.csv", "text/csv", "会社名,金額\nさくら,1\n".getBytes(StandardCharsets.UTF_8)))
                        .cookie(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ファイルの1行目に「月」の列と")));
    }
}

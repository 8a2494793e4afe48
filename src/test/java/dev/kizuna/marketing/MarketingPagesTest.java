package dev.kizuna.marketing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The subscription list, form and page and the customer page's marketing panel, in Japanese and English. */
class MarketingPagesTest extends ApiTestBase {

    private TestAccounts.Account member;
    private String companyId;
    private String productId;

    @BeforeEach
    void fixture() throws Exception {
        member = accounts.create(PermissionLevel.MEMBER);
        companyId = JsonPath.read(mvc.perform(post(accounts.token(member), "/api/v1/companies", "{\"kind\":\"individual\","
                + "\"name\":\"" + unique("画面 花子") + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        productId = JsonPath.read(mvc.perform(post(tokenFor(PermissionLevel.ADMIN), "/api/v1/products", "{\"code\":\""
                + unique("SERUM") + "\",\"name\":\"集中美容液\",\"unitPrice\":5800,\"taxRate\":10}")).andReturn()
                .getResponse().getContentAsString(), "$.id");
    }

    private Cookie signIn() throws Exception {
        return mvc.perform(formLogin("/login").user("email", member.email()).password(member.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void aSubscriptionIsStartedFromTheCustomerPageSkippedOnItsPageAndEveryPageRendersInBothLanguages()
            throws Exception {
        Cookie session = signIn();
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + companyId).cookie(session))
                .andExpect(content().string(containsString("data-testid=\"marketing-panel\"")))
                .andExpect(content().string(containsString("/subscriptions/new?companyId=" + companyId)));
        LocalDate next = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(5);
        mvc.perform(MockMvcRequestBuilders.post("/subscriptions/new").cookie(session).with(csrf())
                .param("companyId", companyId).param("productId", productId).param("quantity", "1")
                .param("cycleUnit", "days").param("cycleEvery", "0").param("nextDeliveryOn", next.toString())
                .param("payment", "card"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"form-errors\"")));
        String location = mvc.perform(MockMvcRequestBuilders.post("/subscriptions/new").cookie(session).with(csrf())
                .param("companyId", companyId).param("productId", productId).param("quantity", "2")
                .param("unitPrice", "５,２２０").param("cycleUnit", "days").param("cycleEvery", "30")
                .param("nextDeliveryOn", next.toString()).param("payment", "card"))
                .andExpect(redirectedUrlPattern("/subscriptions/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.post(location + "/skip").cookie(session).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl(location));
        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, member.id()).update();
            Cookie s = signIn();
            for (String path : List.of("/subscriptions", "/subscriptions?status=skipping", location,
                    "/customers/" + companyId, "/subscriptions/new?companyId=" + companyId, "/marketing/reports",
                    "/marketing/reports?from=2012-01&to=2012-06", "/marketing/reports?from=2013-01&to=2012-01")) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(s)).andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
        jdbc.sql("update app_user set locale = 'ja' where id = ?").param(member.id()).update();
        Cookie ja = signIn();
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + companyId).cookie(ja))
                .andExpect(content().string(containsString("data-testid=\"f-stage\">F0<")));
        mvc.perform(MockMvcRequestBuilders.get("/marketing/reports").cookie(ja))
                .andExpect(content().string(containsString("data-testid=\"stage-bars\"")))
                .andExpect(content().string(containsString("F2転換率")));
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(ja))
                .andExpect(content().string(containsString("スキップ")))
                .andExpect(content().string(containsString("30日ごと")))
                .andExpect(content().string(containsString("集中美容液 × 2")));
    }
}

package dev.kizuna.success;

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

/** The phase board, the plan page and the customer page's success panel, in both languages; forms and htmx ticks. */
class SuccessPagesTest extends ApiTestBase {

    private TestAccounts.Account member;
    private String companyId;
    private LocalDate goLive;

    @BeforeEach
    void fixture() throws Exception {
        member = accounts.create(PermissionLevel.MEMBER);
        companyId = JsonPath.read(mvc.perform(post(accounts.token(member), "/api/v1/companies", "{\"name\":\""
                + unique("株式会社画面") + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        goLive = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(90);
    }

    private Cookie signIn(TestAccounts.Account account) throws Exception {
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void aPlanIsMadeFromTheCustomerPageAndEveryPageRendersInJapaneseAndEnglish() throws Exception {
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + companyId).cookie(session))
                .andExpect(content().string(containsString("data-testid=\"success-panel\"")))
                .andExpect(content().string(containsString("/success/plans/new?companyId=" + companyId)));
        mvc.perform(MockMvcRequestBuilders.post("/success/plans/new").cookie(session).with(csrf())
                .param("companyId", companyId).param("templateId", SuccessTemplates.BUILT_IN.toString())
                .param("goLiveOn", "").param("meetingCadence", "none"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"form-errors\"")));
        String location = mvc.perform(MockMvcRequestBuilders.post("/success/plans/new").cookie(session).with(csrf())
                .param("companyId", companyId).param("templateId", SuccessTemplates.BUILT_IN.toString())
                .param("goLiveOn", goLive.toString()).param("meetingCadence", "monthly"))
                .andExpect(redirectedUrlPattern("/success/plans/*")).andReturn().getResponse().getRedirectedUrl();
        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, member.id()).update();
            Cookie s = signIn(member);
            for (String path : List.of("/success", "/success?phase=preparation&sort=customer&overdue=true", location,
                    "/customers/" + companyId, "/success/plans/new?companyId=" + companyId)) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(s)).andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
        jdbc.sql("update app_user set locale = 'ja' where id = ?").param(member.id()).update();
        Cookie ja = signIn(member);
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(ja))
                .andExpect(content().string(containsString("準備期")))
                .andExpect(content().string(containsString("LINEアカウントの作成")))
                .andExpect(content().string(containsString("リリースまであと90日")));
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + companyId + "/success").cookie(ja))
                .andExpect(redirectedUrl(location));
    }

    @Test
    void tickingAnItemWithHtmxAnswersItsRowAndMovingGoLiveSaysWhatMoved() throws Exception {
        String token = accounts.token(member);
        String plan = JsonPath.read(mvc.perform(post(token, "/api/v1/success-plans", "{\"companyId\":\"" + companyId
                + "\",\"templateId\":\"" + SuccessTemplates.BUILT_IN + "\",\"goLiveOn\":\"" + goLive + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String item = JsonPath.read(mvc.perform(get(token, "/api/v1/success-plans/" + plan + "/checklist"))
                .andReturn().getResponse().getContentAsString(), "$.items[0].id");
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.post("/success/plans/" + plan + "/items/" + item).cookie(session)
                .with(csrf()).header("HX-Request", "true").param("version", "0").param("done", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"item-" + item + "\"")))
                .andExpect(content().string(containsString("aria-pressed=\"true\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(MockMvcRequestBuilders.post("/success/plans/" + plan + "/items/" + item).cookie(session)
                .with(csrf()).header("HX-Request", "true").param("version", "0").param("done", "false"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("aria-pressed=\"true\"")));
        mvc.perform(MockMvcRequestBuilders.post("/success/plans/" + plan).cookie(session).with(csrf())
                .param("version", "0").param("goLiveOn", goLive.plusDays(30).toString()).param("meetingCadence", "none"))
                .andExpect(redirectedUrl("/success/plans/" + plan))
                .andExpect(r -> org.assertj.core.api.Assertions.assertThat(((dev.kizuna.platform.web.Flash) r
                        .getFlashMap().get("flash")).args()).containsExactly(30L, 25, 2));
    }
}

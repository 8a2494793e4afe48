package dev.kizuna.success;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.commerce.Orders;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.EventListenersDone;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The model editor, the health list and the customer page's "why this score" panel, in Japanese and English. */
class HealthPagesTest extends ApiTestBase {

    @Autowired
    Orders orders;
    @Autowired
    HealthScores scores;

    private Cookie signIn(TestAccounts.Account account) throws Exception {
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void anAdministratorDesignsAndPublishesAModelAndTheCustomerPageSaysWhyTheScoreIsWhatItIs() throws Exception {
        TestAccounts.Account admin = accounts.create(PermissionLevel.ADMIN);
        String tag = "pg-" + UUID.randomUUID().toString().substring(0, 8);
        HealthFixtures f = new HealthFixtures(mvc, jdbc, orders, accounts.token(admin));
        UUID company = f.customer("画面商事", tag, admin.id());
        f.activity(company, scores.today().minusDays(40)); // quiet 5 → 30, no late payment → 40: 70, 良好
        Cookie session = signIn(admin);
        String definition = HealthFixtures.model("x", tag, "").replaceFirst("^\\{\"name\":\"x\",\"definition\":", "")
                .replaceFirst("}$", "");
        mvc.perform(MockMvcRequestBuilders.post("/health/models").cookie(session).with(csrf())
                        .param("name", tag).param("position", "0").param("definition", "{ not json"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"form-errors\"")));
        mvc.perform(MockMvcRequestBuilders.post("/health/models").cookie(session).with(csrf()).header("Accept-Language", "ja")
                        .param("name", tag).param("position", "0")
                        .param("definition", definition.replace("\"weight\":40", "\"weight\":30")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("重みの合計が90です")));
        String location = mvc.perform(MockMvcRequestBuilders.post("/health/models").cookie(session).with(csrf())
                        .param("name", tag).param("position", "0").param("definition", definition))
                .andExpect(redirectedUrlPattern("/health/models/*")).andReturn().getResponse().getRedirectedUrl();
        Instant since = Instant.now();
        mvc.perform(MockMvcRequestBuilders.post(location + "/publish").cookie(session).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl(location));
        EventListenersDone.since(jdbc, since);

        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, admin.id()).update();
            Cookie s = signIn(admin);
            for (String path : List.of("/health", "/health?band=good&sort=-score", "/health/models", location,
                    "/health/models/new", "/customers/" + company)) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(s)).andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
            mvc.perform(MockMvcRequestBuilders.post(location + "/backtest").cookie(s).with(csrf())
                            .param("daysBefore", "60"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"backtest-result\"")))
                    .andExpect(content().string(not(containsString("??"))));
        }
        jdbc.sql("update app_user set locale = 'ja' where id = ?").param(admin.id()).update();
        Cookie ja = signIn(admin);
        mvc.perform(MockMvcRequestBuilders.get("/customers/" + company).cookie(ja))
                .andExpect(content().string(containsString("data-testid=\"health-panel\"")))
                .andExpect(content().string(containsString("なぜこのスコアか")))
                .andExpect(content().string(containsString("70.0")))
                .andExpect(content().string(containsString("良好")))
                .andExpect(content().string(containsString("最終対応日からの日数")))
                .andExpect(content().string(containsString("42.9%"))); // quiet: 30 of 70
        mvc.perform(MockMvcRequestBuilders.get("/health?band=good&ownerId=" + admin.id()).cookie(ja))
                .andExpect(content().string(containsString("画面商事")));
        mvc.perform(MockMvcRequestBuilders.get("/health?band=danger&ownerId=" + admin.id()).cookie(ja))
                .andExpect(content().string(not(containsString("画面商事"))));
        Cookie member = signIn(accounts.create(PermissionLevel.MEMBER));
        mvc.perform(MockMvcRequestBuilders.get("/health/models").cookie(member)).andExpect(status().isForbidden());
    }
}

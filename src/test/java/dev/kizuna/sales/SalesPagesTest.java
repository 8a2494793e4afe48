package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Every sales page in both languages; moving from the board (htmx) and from the deal page; forms keep input. */
class SalesPagesTest extends ApiTestBase {

    private SalesFixture f;
    private TestAccounts.Account admin;
    private TestAccounts.Account member;

    @BeforeEach
    void fixture() throws Exception {
        admin = accounts.create(PermissionLevel.ADMIN);
        member = accounts.create(PermissionLevel.MEMBER);
        f = SalesFixture.create(mvc, accounts.token(admin), unique(""));
    }

    private Cookie signIn(TestAccounts.Account account) throws Exception {
        var result = mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    @Test
    void everySalesPageRendersInJapaneseAndEnglish() throws Exception {
        String deal = f.createDeal(mvc, accounts.token(member), "会社案内パンフレット刷新", 1_200_000);
        String lead = com.jayway.jsonpath.JsonPath.read(SalesFixture.body(mvc, accounts.token(member), "/api/v1/leads",
                "{\"companyName\":\"株式会社問い合わせ\",\"phone\":\"03-1234-5678\"}"), "$.id");
        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, admin.id()).update();
            Cookie session = signIn(admin);
            for (String path : List.of("/deals", "/deals?pipeline=" + f.pipelineId(), "/deals/list",
                    "/deals/list?filter[stalled]=true&filter[pipelineId]=" + f.pipelineId(), "/deals/stalled",
                    "/deals/stalled?mine=true", "/deals/" + deal, "/deals/" + deal + "/edit", "/deals/new",
                    "/deals/new?companyId=" + f.companyId(), "/deals/new?q=商談テスト", "/notifications",
                    "/admin/pipelines", "/admin/pipelines/" + f.pipelineId(), "/admin/lost-reasons",
                    "/admin/custom-fields?object=deal", "/customers/" + f.companyId(),
                    "/activities/new?companyId=" + f.companyId() + "&dealId=" + deal, "/leads", "/leads?status=all",
                    "/leads/new", "/leads/" + lead, "/admin/lead-assignment",
                    "/inquiry?lang=" + lang)) { // the public form has no session: the visitor's language, not the user's
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(session))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
    }

    @Test
    void theBoardMovesADealAndAnswersHtmxWithTheNewBoard() throws Exception {
        String deal = f.createDeal(mvc, accounts.token(member), "展示会用ノベルティ", 350_000);
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.get("/deals?pipeline=" + f.pipelineId()).cookie(session))
                .andExpect(content().string(containsString("展示会用ノベルティ")))
                .andExpect(content().string(containsString("「展示会用ノベルティ」をアポへ移動")));
        mvc.perform(MockMvcRequestBuilders.post("/deals/{id}/move", deal).cookie(session).with(csrf())
                        .header("HX-Request", "true").param("version", "0").param("from", "board")
                        .param("stageId", f.stageIds().get(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"board\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("data-moved-id=\"" + deal + "\"")));
        assertThat(jdbc.sql("select stage_id from deal where id = ?").param(UUID.fromString(deal)).query(UUID.class)
                .single()).hasToString(f.stageIds().get(1));
        // The same card moved again with the version it was shown with: someone else was first.
        mvc.perform(MockMvcRequestBuilders.post("/deals/{id}/move", deal).cookie(session).with(csrf())
                        .param("version", "0").param("stageId", f.stageIds().get(2)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"stale\"")));
    }

    @Test
    void losingFromTheDealPageAsksForAReasonAndKeepsTheNote() throws Exception {
        String deal = f.createDeal(mvc, accounts.token(member), "周年記念誌", 3_200_000);
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.post("/deals/{id}/move", deal).cookie(session).with(csrf())
                        .param("version", "0").param("stageId", f.stageIds().get(7)).param("lostNote", "予算が来期に"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("失注にするときは失注理由を選んでください。")))
                .andExpect(content().string(containsString("予算が来期に")));
        mvc.perform(MockMvcRequestBuilders.post("/deals/{id}/move", deal).cookie(session).with(csrf())
                        .param("version", "0").param("stageId", f.stageIds().get(7))
                        .param("lostReasonId", f.lostReasonId()).param("lostNote", "予算が来期に"))
                .andExpect(redirectedUrl("/deals/" + deal));
        mvc.perform(MockMvcRequestBuilders.get("/deals/{id}", deal).cookie(session))
                .andExpect(content().string(containsString("data-testid=\"lost-reason\"")));
    }

    @Test
    void aNewDealFormWithMistakesKeepsWhatWasTyped() throws Exception {
        Cookie session = signIn(member);
        mvc.perform(MockMvcRequestBuilders.post("/deals/new").cookie(session).with(csrf())
                        .param("companyId", f.companyId()).param("pipelineId", f.pipelineId()).param("name", "")
                        .param("amount", "480000").param("challenges", "発注が部署ごとにばらばら"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("名前を入力してください。")))
                .andExpect(content().string(containsString("発注が部署ごとにばらばら")))
                .andExpect(content().string(containsString("value=\"480000\"")));
        var created = mvc.perform(MockMvcRequestBuilders.post("/deals/new").cookie(session).with(csrf())
                        .param("companyId", f.companyId()).param("pipelineId", f.pipelineId())
                        .param("name", "名刺の年間契約").param("amount", "480000").param("ownerId", "")
                        .param("contactId", "").param("expectedCloseOn", "").param("budget", "")
                        .param("nextStepOn", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/deals/");
    }

    @Test
    void viewersSeeDealsButNoMoveButtonsAndCannotMove() throws Exception {
        String deal = f.createDeal(mvc, accounts.token(member), "閲覧確認", 1000);
        Cookie session = signIn(accounts.create(PermissionLevel.VIEWER));
        mvc.perform(MockMvcRequestBuilders.get("/deals?pipeline=" + f.pipelineId()).cookie(session))
                .andExpect(content().string(containsString("閲覧確認")))
                .andExpect(content().string(not(containsString("data-testid=\"move-forward\""))));
        mvc.perform(MockMvcRequestBuilders.post("/deals/{id}/move", deal).cookie(session).with(csrf())
                .param("version", "0").param("stageId", f.stageIds().get(1))).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/admin/pipelines").cookie(session)).andExpect(status().isForbidden());
    }
}

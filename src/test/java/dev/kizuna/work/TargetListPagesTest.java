package dev.kizuna.work;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The target list pages in both languages; the form keeps what was typed and names the field; moves by hand. */
class TargetListPagesTest extends ApiTestBase {

    private TestAccounts.Account manager;
    private String boardId;
    private String tag;

    @BeforeEach
    void fixture() throws Exception {
        manager = accounts.create(PermissionLevel.MANAGER);
        String token = accounts.token(manager);
        boardId = JsonPath.read(mvc.perform(post(token, "/api/v1/boards", "{\"name\":\"" + unique("【倉庫】営業")
                + "\"}")).andReturn().getResponse().getContentAsString(), "$.id");
        tag = unique("リスト画面");
        for (String[] c : new String[][] {{"株式会社青葉製作所", "アオバ"}, {"株式会社桜井精機", "サクライ"}}) {
            mvc.perform(post(accounts.token(accounts.create(PermissionLevel.ADMIN)), "/api/v1/companies",
                    "{\"name\":\"" + c[0] + " " + tag + "\",\"nameKana\":\"" + c[1] + "\",\"tags\":[\"" + tag + "\"]}"))
                    .andExpect(status().isCreated());
        }
    }

    private Cookie signIn(TestAccounts.Account account) throws Exception {
        return mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void createShowMoveAndRefreshInJapaneseAndEnglish() throws Exception {
        Cookie session = signIn(manager);
        // A broken form keeps what was typed and names the field in Japanese.
        mvc.perform(MockMvcRequestBuilders.post("/target-lists/new").cookie(session).with(csrf())
                        .param("name", "").param("query", "filter[tag]=" + tag).param("perDay", "0")
                        .param("refresh", "monthly").param("feedKind", "board").param("boardId", boardId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("名前を入力してください")))
                .andExpect(content().string(containsString("1営業日あたりの社数")))
                .andExpect(content().string(containsString("filter[tag]=" + tag)));
        String location = mvc.perform(MockMvcRequestBuilders.post("/target-lists/new").cookie(session).with(csrf())
                        .param("name", "既存客への営業 " + tag).param("query", "filter[tag]=" + tag).param("perDay", "1")
                        .param("refresh", "monthly").param("feedKind", "board").param("boardId", boardId)
                        .param("active", "true"))
                .andExpect(redirectedUrlPattern("/target-lists/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(session))
                .andExpect(content().string(containsString("待ち 2 社")));
        // 桜井 (second in kana order) moves up by hand
        String id = location.substring(location.lastIndexOf('/') + 1);
        String sakurai = jdbc.sql("select id::text from company where name = ?").param("株式会社桜井精機 " + tag)
                .query(String.class).single();
        mvc.perform(MockMvcRequestBuilders.post(location + "/move").cookie(session).with(csrf())
                        .param("version", "0").param("companyId", sakurai).param("direction", "up"))
                .andExpect(redirectedUrl(location));
        String page = mvc.perform(MockMvcRequestBuilders.get(location).cookie(session)).andReturn().getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.indexOf("桜井精機")).isLessThan(page.indexOf("青葉製作所"))
                .isPositive();
        // A stale refresh is refused with a warning, not an error page.
        mvc.perform(MockMvcRequestBuilders.post(location + "/refresh").cookie(session).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl(location));
        for (String lang : List.of("ja", "en")) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(lang, manager.id()).update();
            Cookie s = signIn(manager);
            for (String path : List.of("/target-lists", "/target-lists?all=true", location, location + "/edit",
                    "/target-lists/new", "/target-lists/new?query=filter%5Btag%5D%3D" + tag)) {
                mvc.perform(MockMvcRequestBuilders.get(path).cookie(s))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("lang=\"" + lang + "\"")))
                        .andExpect(content().string(not(containsString("??"))));
            }
        }
        org.assertj.core.api.Assertions.assertThat(id).isNotBlank();

        // Dates read as dates in each language (the sweep found "(次回：2027-01-08)" and a bare 2026-12-08).
        jdbc.sql("update target_list set next_refresh_on = date '2027-01-08' where id = ?::uuid").param(id).update();
        jdbc.sql("update target_list_member set fed_on = date '2026-12-08' where list_id = ?::uuid and company_id = ?::uuid")
                .params(id, sakurai).update();
        for (String[] expected : new String[][] {{"ja", "2027/01/08(金)", "2026/12/08(火)"}, {"en", "Jan 8, 2027", "Dec 8, 2026"}}) {
            jdbc.sql("update app_user set locale = ? where id = ?").params(expected[0], manager.id()).update();
            mvc.perform(MockMvcRequestBuilders.get(location).cookie(signIn(manager)))
                    .andExpect(content().string(containsString(expected[1])))
                    .andExpect(content().string(containsString(expected[2])))
                    .andExpect(content().string(not(containsString("2027-01-08"))))
                    .andExpect(content().string(not(containsString("2026-12-08"))));
        }
    }
}

package dev.kizuna.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Issue 14: the quote form keeps what was typed when one line is wrong, names the line, and taxes free lines at 10%. */
class QuoteFormTest extends ApiTestBase {

    private TestAccounts.Account member;
    private String memberToken;
    private String deal;

    @BeforeEach
    void setUp() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        member = accounts.create(PermissionLevel.MEMBER);
        memberToken = accounts.token(member);
        deal = CommerceFixture.create(mvc, admin, unique("")).deal(mvc, memberToken, "名刺の年間契約", 100_000);
    }

    private Cookie signIn(String locale) throws Exception {
        jdbc.sql("update app_user set locale = ? where id = ?").params(locale, member.id()).update();
        return mvc.perform(formLogin("/login").user("email", member.email()).password(member.password()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    /** Three rows: a good free line, an empty row, and a third row with an item but no price. */
    private MockHttpServletRequestBuilder formWithBadThirdLine(Cookie session) {
        return MockMvcRequestBuilders.post("/deals/" + deal + "/quotes").cookie(session).with(csrf())
                .param("title", "名刺と封筒").param("issuedOn", "2026-12-01").param("validUntil", "2026-12-25")
                .param("notes", "納期はご相談")
                .param("productId", "", "", "").param("description", "名刺 100枚", "", "封筒 長3")
                .param("quantity", "2", "", "5").param("unit", "箱", "", "束")
                .param("unitPrice", "3000", "", "").param("taxRate", "8", "", "");
    }

    @Test
    void aBadLineKeepsTheDatesAndEveryLineAndNamesTheRowInBothLanguages() throws Exception {
        mvc.perform(formWithBadThirdLine(signIn("ja")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2026-12-01\"")))
                .andExpect(content().string(containsString("value=\"2026-12-25\"")))
                .andExpect(content().string(containsString("納期はご相談")))
                .andExpect(content().string(containsString("value=\"名刺 100枚\"")))
                .andExpect(content().string(containsString("value=\"封筒 長3\"")))
                .andExpect(content().string(containsString("value=\"束\"")))
                .andExpect(content().string(containsString("<option value=\"8\" selected=\"selected\">")))
                .andExpect(content().string(containsString("3行目: 単価を入力してください。")));
        mvc.perform(formWithBadThirdLine(signIn("en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2026-12-01\"")))
                .andExpect(content().string(containsString("Line 3: Unit price is required.")));
        assertThat(jdbc.sql("select count(*) from quote where deal_id = ?").param(UUID.fromString(deal))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aNumberThatIsNotOneIsNamedByRowAndTheRestIsKept() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/deals/" + deal + "/quotes").cookie(signIn("ja")).with(csrf())
                        .param("title", "名刺").param("issuedOn", "2026-12-01").param("validUntil", "2026-12-25")
                        .param("productId", "", "").param("description", "名刺", "封筒")
                        .param("quantity", "1", "たくさん").param("unit", "", "")
                        .param("unitPrice", "1000", "2000").param("taxRate", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2行目: 数量の形式が正しくありません。")))
                .andExpect(content().string(containsString("value=\"たくさん\"")))
                .andExpect(content().string(containsString("value=\"2026-12-25\"")));
    }

    @Test
    void aFreeTextLineIsTaxedAtTenPercentUnlessAnotherRateIsChosen() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/deals/" + deal + "/quotes").cookie(signIn("ja")).with(csrf())
                        .param("title", "デザイン費").param("issuedOn", "").param("validUntil", "")
                        .param("productId", "", "").param("description", "デザイン費", "焼き菓子")
                        .param("quantity", "1", "2").param("unit", "式", "箱")
                        .param("unitPrice", "10000", "1000").param("taxRate", "", "8"))
                .andExpect(redirectedUrlPattern("/quotes/*"));
        assertThat(jdbc.sql("""
                select l.tax_rate from quote_line l join quote q on q.id = l.quote_id where q.deal_id = ?
                order by l.position""").param(UUID.fromString(deal)).query(Integer.class).list())
                .containsExactly(10, 8);
        // The API too: a line without product and rate is at 10%; a line's problem names the line.
        String quote = CommerceFixture.post(mvc, memberToken, "/api/v1/quotes", "{\"dealId\":\"" + deal
                + "\",\"title\":\"API\",\"lines\":[{\"description\":\"設置費\",\"unitPrice\":5000}]}");
        assertThat((Integer) JsonPath.read(quote, "$.lines[0].taxRate")).isEqualTo(10);
        mvc.perform(post(memberToken, "/api/v1/quotes", "{\"dealId\":\"" + deal + "\",\"title\":\"API\",\"lines\":["
                        + "{\"description\":\"設置費\",\"unitPrice\":5000},{\"description\":\"保守\"}]}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("lines[1].unitPrice"))
                .andExpect(jsonPath("$.errors[0].message").value("2行目: 単価を入力してください。"));
    }
}

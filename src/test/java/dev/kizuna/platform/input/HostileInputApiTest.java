package dev.kizuna.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bad input of the kinds issue 15 found answered with 500: each is now a 4xx problem+json naming the field,
 * and nothing is written.
 */
class HostileInputApiTest extends ApiTestBase {

    private static final String PROBLEM = "application/problem+json";

    private long companies() {
        return jdbc.sql("select count(*) from company").query(Long.class).single();
    }

    private ResultActions refusedCompany(String token, byte[] body) throws Exception {
        long before = companies();
        ResultActions result = mvc.perform(MockMvcRequestBuilders.post("/api/v1/companies").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(companies()).isEqualTo(before);
        return result;
    }

    private ResultActions refusedCompany(String token, String json) throws Exception {
        return refusedCompany(token, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNulInAnyJsonTextIsA400NamingTheField() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        refusedCompany(token, "{\"name\":\"株式会社\\u0000テスト\",\"status\":\"prospect\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("ControlCharacter"));
        refusedCompany(token, "{\"name\":\"テスト\",\"status\":\"prospect\",\"tags\":[\"a\",\"\\u0000\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tags[1]"));
        refusedCompany(token, "{\"name\":\"テスト\",\"status\":\"prospect\",\"customFields\":{\"rank\":\"\\u0000\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customFields.rank"));
        refusedCompany(token, "{\"name\":\"テスト\",\"status\":\"prospect\",\"customFields\":{\"r\\u0000\":\"A\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("ControlCharacter"));
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanStoredAltered() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        refusedCompany(token, "{\"name\":\"テスト\\ud800\",\"status\":\"prospect\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("Surrogate"));
    }

    @Test
    void aPropertyGivenTwiceIsRefusedRatherThanTheLastOneWinning() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        refusedCompany(token, "{\"name\":\"一つ目\",\"status\":\"prospect\",\"name\":\"二つ目\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("DuplicateKey"));
    }

    @Test
    void overlongAndSurrogateUtf8BytesAreRefused() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xBC}, {(byte) 0xE0, (byte) 0x80, (byte) 0xBC},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xFF}}) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("{\"name\":\"テスト".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bad);
            body.writeBytes("\",\"status\":\"prospect\"}".getBytes(StandardCharsets.UTF_8));
            refusedCompany(token, body.toByteArray())
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("requestBody"))
                    .andExpect(jsonPath("$.errors[0].code").value("Encoding"));
        }
    }

    @Test
    void aMegabyteInAnyTextFieldIsA422NamingTheFieldAndTheLimit() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        String mb = "東".repeat(1 << 20);
        refusedCompany(token, "{\"name\":\"テスト\",\"status\":\"prospect\",\"prefecture\":\"" + mb + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("prefecture"))
                .andExpect(jsonPath("$.errors[0].code").value("Size"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("10,000")));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() throws Exception {
        String token = tokenFor(PermissionLevel.MEMBER);
        refusedCompany(token, "{\"name\":\"テスト\",\"status\":\"prospect\",\"employeeCount\":\"多数\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employeeCount"))
                .andExpect(jsonPath("$.errors[0].code").value("TypeMismatch"));
        refusedCompany(token, "{\"name\":\"テスト\",\"employeeCount\":99999999999999999999999}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employeeCount"));
        refusedCompany(token, "[".repeat(5000) + "]".repeat(5000)).andExpect(status().isBadRequest());
    }

    @Test
    void anAddressNoEndpointMatchesIsA404ProblemNotA500() throws Exception {
        String token = tokenFor(PermissionLevel.ADMIN);
        mvc.perform(get(token, "/api/v1/assignment-rules/not-an-id"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void aNulOrAControlCharacterInAQueryIsA400NamingTheParameter() throws Exception {
        String token = tokenFor(PermissionLevel.VIEWER);
        mvc.perform(get(token, "/api/v1/companies").param("q", "株式\u0000会社"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].code").value("ControlCharacter"));
        mvc.perform(get(token, "/api/v1/companies").param("filter[pre\u0001fecture]", "東京都"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("filter[pre\\u0001fecture]"));
        mvc.perform(get(token, "/api/v1/users").param("q", "x".repeat(20_000)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].code").value("Size"));
    }

    /** Sessions live in the database (Spring Session), so a page test carries the SESSION cookie like a browser. */
    private jakarta.servlet.http.Cookie signIn(PermissionLevel level) throws Exception {
        var account = accounts.create(level);
        var result = mvc.perform(formLogin("/login").user("email", account.email()).password(account.password()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    @Test
    void aPageAnswersBadParametersWithTheTranslatedErrorPage() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/customers/new").cookie(signIn(PermissionLevel.MEMBER)).with(csrf())
                        .header("Accept-Language", "ja").param("name", "テスト\u0000").param("kind", "company"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("制御文字")));
    }

    @Test
    void aReturnAddressWithALineBreakGoesHomeInsteadOfFailing() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/language").cookie(signIn(PermissionLevel.VIEWER)).with(csrf()).param("lang", "en").param("returnTo", "/customers\r\nSet-Cookie: x=1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/"));
    }
}

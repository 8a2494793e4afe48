package dev.kizuna.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Who holds a password or a token stops holding it when they should: an administrator's password reset ends the
 * user's sessions and revokes their tokens; a temporary password mints no token until it is changed; a token made
 * with a token expires no later than its parent and is revoked with it.
 */
class TokenLifetimeTest extends ApiTestBase {

    @Test
    void aPasswordResetEndsTheUsersSessionsAndRevokesTheirTokens() throws Exception {
        TestAccounts.Account user = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(user);
        Cookie session = signIn(user.email(), user.password());
        mvc.perform(MockMvcRequestBuilders.get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(get(token, "/api/v1/me")).andExpect(status().isOk());

        String admin = tokenFor(PermissionLevel.ADMIN);
        mvc.perform(post(admin, "/api/v1/users/{id}/password-reset", "", user.id())).andExpect(status().isOk());

        mvc.perform(get(token, "/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(MockMvcRequestBuilders.get("/").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aTemporaryPasswordMintsNoTokenUntilItIsChanged() throws Exception {
        TestAccounts.Account user = accounts.create(PermissionLevel.MEMBER);
        String admin = tokenFor(PermissionLevel.ADMIN);
        String temporary = JsonPath.read(mvc.perform(post(admin, "/api/v1/users/{id}/password-reset", "", user.id()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.temporaryPassword");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/tokens").with(httpBasic(user.email(), temporary))
                        .contentType("application/json").content("{\"name\":\"cli\",\"scope\":\"write\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].code").value("TemporaryPassword"));
        assertThat(jdbc.sql("select count(*) from api_token where user_id = ?").param(user.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aTokenMadeWithATokenNeitherOutlivesItNorSurvivesItsRevocation() throws Exception {
        TestAccounts.Account user = accounts.create(PermissionLevel.MEMBER);
        String password = user.password();
        MvcResult made = mvc.perform(MockMvcRequestBuilders.post("/api/v1/tokens").with(httpBasic(user.email(), password))
                        .contentType("application/json").content("{\"name\":\"一日\",\"scope\":\"write\",\"expiresInDays\":1}"))
                .andExpect(status().isCreated()).andReturn();
        String parent = JsonPath.read(made.getResponse().getContentAsString(), "$.token");
        String parentId = JsonPath.read(made.getResponse().getContentAsString(), "$.id");
        Instant parentExpires = Instant.parse(JsonPath.read(made.getResponse().getContentAsString(), "$.expiresAt"));

        String forever = mvc.perform(post(parent, "/api/v1/tokens", "{\"name\":\"無期限\",\"scope\":\"write\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String child = JsonPath.read(forever, "$.token");
        assertThat(Instant.parse(JsonPath.read(forever, "$.expiresAt"))).isEqualTo(parentExpires);
        String longer = mvc.perform(post(child, "/api/v1/tokens", "{\"name\":\"十年\",\"scope\":\"read\",\"expiresInDays\":3650}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String grandchild = JsonPath.read(longer, "$.token");
        assertThat(Duration.between(Instant.now(), Instant.parse(JsonPath.read(longer, "$.expiresAt"))))
                .isLessThanOrEqualTo(Duration.ofDays(1));
        mvc.perform(get(grandchild, "/api/v1/me")).andExpect(status().isOk());

        mvc.perform(delete(parent, "/api/v1/tokens/{id}", parentId)).andExpect(status().isNoContent());
        mvc.perform(get(child, "/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(get(grandchild, "/api/v1/me")).andExpect(status().isUnauthorized());
    }

    private Cookie signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/login").param("email", email)
                .param("password", password).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }
}

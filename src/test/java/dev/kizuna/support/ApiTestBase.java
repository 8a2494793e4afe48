package dev.kizuna.support;

import dev.kizuna.identity.PermissionLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Shared setup for API tests: a MockMvc over the whole app, accounts and bearer tokens. */
@KizunaTest
public abstract class ApiTestBase {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestAccounts accounts;

    protected String tokenFor(PermissionLevel level) {
        return accounts.token(accounts.create(level));
    }

    protected static MockHttpServletRequestBuilder get(String token, String path, Object... vars) {
        return bearer(MockMvcRequestBuilders.get(path, vars), token);
    }

    protected static MockHttpServletRequestBuilder post(String token, String path, String json, Object... vars) {
        return bearer(MockMvcRequestBuilders.post(path, vars), token).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    protected static MockHttpServletRequestBuilder patch(String token, String path, String json, Object... vars) {
        return bearer(MockMvcRequestBuilders.patch(path, vars), token).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    protected static MockHttpServletRequestBuilder delete(String token, String path, Object... vars) {
        return bearer(MockMvcRequestBuilders.delete(path, vars), token);
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder builder, String token) {
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}

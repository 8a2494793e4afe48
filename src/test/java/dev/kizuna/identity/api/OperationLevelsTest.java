package dev.kizuna.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The permission matrix, generated from the OpenAPI document: every operation is called as admin, manager, member
 * and viewer (write tokens), with a read token and as a deactivated user, against {@link OperationLevels}' declared
 * minimum level. Below it: 403 — the level is checked before the body is judged — or, on a record's own path, 404
 * (ids are made up here, and a record may be looked up before the caller's level is); never a 2xx or a 422.
 * At or above it: never 401, 403 or 5xx (the answer may be 404 or 422: ids are made up and bodies almost empty);
 * a read token: 403 {@code read-only-token} on anything but GET; a deactivated user: 401 on everything. POSTs carry
 * an Idempotency-Key, so the filter's early refusal of viewers is held to the same table. An operation without a
 * declared level — a new endpoint — fails the build, as does a declared level for an operation that is gone.
 */
class OperationLevelsTest extends ApiTestBase {

    private static final String[] METHODS = {"get", "post", "put", "patch", "delete"};

    /** Bodies that get past a controller's own checks, so the level is what answers. */
    private static final Map<String, String> BODIES = Map.of(
            "PUT /api/v1/sales-targets/{userId}/{month}", "{\"amount\":100000}");

    private static Map<PermissionLevel, String> writeTokens;
    private static String readToken;
    private static String deactivatedToken;
    private static List<String> operations;

    @Test
    void everyOperationHasADeclaredLevelAndEveryDeclaredLevelAnOperation() throws Exception {
        List<String> ops = operations();
        assertThat(ops).as("operations in the OpenAPI document").hasSizeGreaterThan(100);
        assertThat(ops.stream().filter(op -> !OperationLevels.RULES.containsKey(op)).toList())
                .as("operations without a declared minimum level: add them to OperationLevels").isEmpty();
        assertThat(OperationLevels.RULES.keySet().stream().filter(op -> !ops.contains(op)).toList())
                .as("declared levels of operations the API no longer has").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachOperationAnswersEachLevelAsDeclared() throws Exception {
        List<String> ops = operations();
        tokens();
        return ops.stream().filter(OperationLevels.RULES::containsKey).map(op -> dynamicTest(op, () -> check(op)));
    }

    private void check(String op) throws Exception {
        PermissionLevel minimum = OperationLevels.RULES.get(op);
        String method = op.substring(0, op.indexOf(' '));
        List<String> wrong = new ArrayList<>();
        for (PermissionLevel level : PermissionLevel.values()) {
            int status = call(op, writeTokens.get(level));
            boolean allowed = level.ordinal() <= minimum.ordinal();
            boolean refused = status == 403 || (status == 404 && op.contains("{"));
            if (allowed ? status == 401 || status == 403 || status >= 500 : !refused) {
                wrong.add(level.name().toLowerCase() + " got " + status);
            }
        }
        int read = call(op, readToken);
        if ("GET".equals(method) ? read == 401 || read == 403 || read >= 500 : read != 403) { // an admin's read token
            wrong.add("read token got " + read);
        }
        int deactivated = call(op, deactivatedToken);
        if (deactivated != 401) {
            wrong.add("deactivated user got " + deactivated);
        }
        assertThat(wrong).as(op + " (minimum " + minimum.name().toLowerCase() + ")").isEmpty();
    }

    private int call(String op, String token) throws Exception {
        String method = op.substring(0, op.indexOf(' '));
        String path = op.substring(op.indexOf(' ') + 1).replace("{month}", "2026-12").replace("{date}", "2026-12-07")
                .replace("{objectType}", "company").replace("{code}", "1000001").replace("{action}", "pause")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en");
        if (!"GET".equals(method) && !"DELETE".equals(method)) {
            request.contentType("application/json").content(BODIES.getOrDefault(op, "{\"version\":0}"))
                    .header("If-Match", "\"0\"");
        }
        if ("DELETE".equals(method)) {
            request.header("If-Match", "\"0\"");
        }
        if ("POST".equals(method)) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private List<String> operations() throws Exception {
        if (operations == null) {
            String json = mvc.perform(MockMvcRequestBuilders.get("/api/v1/openapi.json")).andReturn().getResponse()
                    .getContentAsString();
            Map<String, Map<String, Object>> paths = JsonPath.read(json, "$.paths");
            List<String> ops = new ArrayList<>();
            new TreeMap<>(paths).forEach((path, item) -> {
                for (String m : METHODS) {
                    if (item.containsKey(m)) {
                        ops.add(m.toUpperCase() + " " + path);
                    }
                }
            });
            operations = List.copyOf(ops);
            Files.writeString(Path.of("target", "api-operations.txt"), String.join("\n", ops));
        }
        return operations;
    }

    private void tokens() {
        if (writeTokens != null) {
            return;
        }
        Map<PermissionLevel, String> tokens = new java.util.EnumMap<>(PermissionLevel.class);
        for (PermissionLevel level : PermissionLevel.values()) {
            tokens.put(level, accounts.token(accounts.create(level)));
        }
        readToken = accounts.token(accounts.create(PermissionLevel.ADMIN), "read");
        TestAccounts.Account gone = accounts.create(PermissionLevel.ADMIN);
        deactivatedToken = accounts.token(gone);
        jdbc.sql("update app_user set active = false where id = ?").param(gone.id()).update();
        writeTokens = tokens;
    }
}

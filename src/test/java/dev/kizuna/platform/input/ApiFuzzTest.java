package dev.kizuna.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Fuzzes every operation of {@code /api/v1/openapi.json} with hostile values (issue 15): each query parameter
 * with refused and odd text, each JSON body with refused text, wrong types, huge numbers, deep nesting,
 * duplicate properties and broken encodings. Whatever comes back: no 5xx; a 4xx is problem+json, and a 400 or
 * 422 names the field; a refused write leaves every table's row count as it was.
 *
 * <p>jqwik (the property-testing engine STACK.md names) runs on JUnit Platform 1.x only and this build runs JUnit 6,
 * so the cases come from a {@link Random} seeded per operation ({@code -Dfuzz.seed=} to vary it): a failure
 * names its operation and repeats. The tries per operation are bounded to keep the run near a minute.
 */
class ApiFuzzTest extends ApiTestBase {

    private static final long SEED = Long.getLong("fuzz.seed", 15L);
    private static final int QUERY_TRIES = 3;

    private String admin;
    private RowCounts rows;

    @TestFactory
    Stream<DynamicTest> everyOperationSurvivesHostileInput() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        rows = new RowCounts(jdbc);
        String document = mvc.perform(get(admin, "/api/v1/openapi.json")).andReturn().getResponse().getContentAsString();
        OpenApiOperations api = new OpenApiOperations(document);
        List<OpenApiOperations.Operation> operations = api.all();
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(50);
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.id(), () -> fuzz(api, op)));
    }

    private void fuzz(OpenApiOperations api, OpenApiOperations.Operation op) throws Exception {
        Random random = new Random(SEED ^ op.id().hashCode());
        List<String> failures = new ArrayList<>();
        Map<String, Long> before = op.writes() ? rows.now() : Map.of();
        boolean anyWritten = false;
        for (Case c : cases(api, op, random)) {
            MockHttpServletResponse response = mvc.perform(c.request()).andReturn().getResponse();
            String problem = judge(response);
            if (problem != null) {
                failures.add(c.what() + " → " + problem);
            }
            anyWritten |= response.getStatus() < 400;
        }
        if (op.writes() && !anyWritten) {
            assertThat(rows.now()).as(op.id() + ": row counts after refused writes").isEqualTo(before);
        }
        assertThat(failures).as(op.id()).isEmpty();
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private static String judge(MockHttpServletResponse response) throws Exception {
        int status = response.getStatus();
        if (status >= 500) {
            return status + " " + abbreviated(response.getContentAsString());
        }
        if (status >= 400) {
            String type = response.getContentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                return status + " with content type " + type;
            }
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if ((status == 400 || status == 422) && !body.contains("\"field\"")) {
                return status + " naming no field: " + abbreviated(body);
            }
        }
        return null;
    }

    private record Case(String what, MockHttpServletRequestBuilder request) {
    }

    private List<Case> cases(OpenApiOperations api, OpenApiOperations.Operation op, Random random) {
        List<Case> cases = new ArrayList<>();
        for (OpenApiOperations.Parameter p : op.query()) {
            for (int i = 0; i < QUERY_TRIES; i++) {
                String value = op.writes() || random.nextBoolean() ? HostileValues.pick(random, HostileValues.REFUSED_TEXT)
                        : HostileValues.pick(random, HostileValues.ODD_TEXT);
                cases.add(new Case("query " + p.name() + "=" + abbreviated(value), request(op, random).param(p.name(), value)));
            }
        }
        if (!op.pathParameters().isEmpty()) {
            String bad = HostileValues.pick(random, "not-an-id", "' or 1=1", "9".repeat(300), "%00");
            cases.add(new Case("path " + bad, request(op, random, bad)));
        }
        if (op.body() == null) {
            if (op.query().isEmpty() && op.writes()) {
                cases.add(new Case("plain call", request(op, random)));
            }
            return cases;
        }
        JsonNode sample = api.sample(op.body(), 0);
        List<OpenApiOperations.Parameter> properties = api.properties(op.body());
        for (int i = 0; i < 3; i++) {
            String text = HostileValues.pick(random, HostileValues.REFUSED_TEXT);
            cases.add(body(op, random, "text " + abbreviated(text), replaced(api, sample, properties, random, "string",
                    textNode(text))));
        }
        OpenApiOperations.Parameter typed = properties.isEmpty() ? null : HostileValues.pick(random, properties);
        if (typed != null) {
            cases.add(body(op, random, "wrong type for " + typed.name(),
                    replaced(api, sample, List.of(typed), random, null, HostileValues.wrongType(typed.type(), random))));
        }
        properties.stream().filter(p -> p.type().equals("integer") || p.type().equals("number")).findFirst()
                .ifPresent(p -> cases.add(body(op, random, "huge number for " + p.name(),
                        replaced(api, sample, List.of(p), random, null, HostileValues.hugeNumber(random)))));
        String json = api.write(sample);
        cases.add(body(op, random, "deep nesting", HostileValues.deepNesting(2_000 + random.nextInt(50_000))));
        cases.add(body(op, random, "bad encoding", HostileValues.badEncoding(json, random)));
        if (json.startsWith("{") && json.length() > 2) {
            cases.add(body(op, random, "duplicate property", ("{\"a\":1,\"a\":2," + json.substring(1)).getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(body(op, random, "not JSON", HostileValues.pick(random, "{", "{\"a\":", "nul", "'x'", "{\"a\":1}}")
                .getBytes(StandardCharsets.UTF_8)));
        return cases;
    }

    private static String textNode(String text) {
        return new tools.jackson.databind.json.JsonMapper().writeValueAsString(text);
    }

    /** The sample body as JSON with one property (of {@code type}, when given) set to the raw JSON {@code value}. */
    private static byte[] replaced(OpenApiOperations api, JsonNode sample, List<OpenApiOperations.Parameter> properties,
            Random random, String type, String value) {
        List<OpenApiOperations.Parameter> candidates = properties.stream()
                .filter(p -> type == null || p.type().equals(type)).toList();
        String marker = "__hostile_" + UUID.randomUUID() + "__";
        JsonNode copy = sample.deepCopy();
        if (copy instanceof tools.jackson.databind.node.ObjectNode object) {
            object.put(candidates.isEmpty() ? "name" : HostileValues.pick(random, candidates).name(), marker);
        } else {
            return value.getBytes(StandardCharsets.UTF_8);
        }
        return api.write(copy).replace("\"" + marker + "\"", value).getBytes(StandardCharsets.UTF_8);
    }

    private Case body(OpenApiOperations.Operation op, Random random, String what, byte[] body) {
        return new Case(what, request(op, random).contentType("application/json").content(body));
    }

    private MockHttpServletRequestBuilder request(OpenApiOperations.Operation op, Random random) {
        return request(op, random, null);
    }

    private MockHttpServletRequestBuilder request(OpenApiOperations.Operation op, Random random, String pathValue) {
        String path = op.path();
        for (OpenApiOperations.Parameter p : op.pathParameters()) {
            String value = pathValue != null ? pathValue : p.type().equals("integer") ? String.valueOf(random.nextInt(1000))
                    : UUID.randomUUID().toString();
            path = path.replace("{" + p.name() + "}", java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return MockMvcRequestBuilders.request(HttpMethod.valueOf(op.method().toUpperCase()), java.net.URI.create(path))
                .header("Authorization", "Bearer " + admin).header("Accept-Language", random.nextBoolean() ? "ja" : "en");
    }

    private static String abbreviated(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
        return TextRules.printable(shown);
    }
}

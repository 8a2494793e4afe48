package dev.kizuna.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 14: {@code GET /api/v1/quotes?filter[companyId]=} returned every quote. This walks every list in the OpenAPI
 * document: each one answers an unknown {@code filter[nope]} with 400 naming it, and each documented
 * {@code filter[x]} restricts the items to those whose {@code x} is the value asked for (the value is taken from the
 * unfiltered list; booleans are asked for {@code true}). A filter whose items carry no such field, or that widens a
 * list ({@code retired}), cannot be checked this way: those are printed, and the quotes filters must be among the
 * checked ones.
 */
class ListFiltersWalkTest extends ApiTestBase {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ListFiltersWalkTest.class);

    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    /** Filters that add rows (retired ones) rather than restrict them. */
    private static final List<String> WIDENING = List.of("retired");
    /** Filters asked with true/false whose items carry a reason instead (a deal's stalled: "stage" or "activity"). */
    private static final List<String> YES_NO_OF_A_REASON = List.of("stalled");

    private String admin;

    /** Two customers, each with a deal and a quote, so that a filter that is ignored shows the other's. */
    private void twoCustomers() throws Exception {
        String pipeline = JsonPath.read(body(post(admin, "/api/v1/pipelines", "{\"name\":\"" + unique("見積")
                + "\",\"stages\":[{\"name\":\"見積\",\"kind\":\"open\",\"winProbability\":60},"
                + "{\"name\":\"受注\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"失注\",\"kind\":\"lost\",\"winProbability\":0}]}")), "$.id");
        String board = JsonPath.read(body(post(admin, "/api/v1/boards", "{\"name\":\"" + unique("【倉庫】") + "\"}")), "$.id");
        for (String name : List.of("株式会社さくら精機", "株式会社板商事")) {
            String company = JsonPath.read(body(post(admin, "/api/v1/companies", "{\"name\":\"" + unique(name)
                    + "\",\"nameKana\":\"テスト\"}")), "$.id");
            String deal = JsonPath.read(body(post(admin, "/api/v1/deals", "{\"name\":\"名刺の年間契約\",\"companyId\":\""
                    + company + "\",\"pipelineId\":\"" + pipeline + "\",\"amount\":100000}")), "$.id");
            body(post(admin, "/api/v1/quotes", "{\"dealId\":\"" + deal + "\",\"title\":\"名刺\","
                    + "\"lines\":[{\"description\":\"名刺 100枚\",\"unitPrice\":3000,\"taxRate\":10}]}"));
            body(post(admin, "/api/v1/tasks", "{\"boardId\":\"" + board + "\",\"title\":\"見積を送る\",\"companyId\":\""
                    + company + "\"}"));
            body(post(admin, "/api/v1/activities", "{\"channelId\":\"" + option("channel") + "\",\"typeId\":\""
                    + option("type") + "\",\"companyId\":\"" + company + "\",\"details\":\"見積の件で電話\"}"));
        }
        body(post(admin, "/api/v1/leads", "{\"companyName\":\"" + unique("株式会社見込") + "\",\"email\":\"info@example.jp\"}"));
        body(post(admin, "/api/v1/products", "{\"code\":\"" + unique("BC") + "\",\"name\":\"名刺\",\"unitPrice\":3000,"
                + "\"taxRate\":10}"));
    }

    private String option(String kind) {
        // Not a call channel: those need an outcome.
        return jdbc.sql("select id::text from activity_option where kind = ? and not retired and not is_call"
                + " order by position limit 1").param(kind).query(String.class).single();
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return response.getContentAsString();
    }

    /** GET path with the query parameters given as name, value, name, value … */
    private MockHttpServletResponse call(String path, String... parameters) throws Exception {
        var request = MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + admin)
                .header("Accept-Language", "en");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void everyListHonoursEachDocumentedFilterAndRefusesAnUnknownOne() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        twoCustomers();
        String doc = mvc.perform(MockMvcRequestBuilders.get("/api/v1/openapi.json")).andReturn().getResponse()
                .getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(doc, "$.paths");
        List<String> refused = new ArrayList<>();
        List<String> honoured = new ArrayList<>();
        Map<String, String> unchecked = new TreeMap<>();
        for (var entry : new TreeMap<>(paths).entrySet()) {
            String path = entry.getKey();
            Object get = entry.getValue().get("get");
            if (get == null || path.contains("{")) {
                continue;
            }
            MockHttpServletResponse unknown = call(path, "filter[nope]", "1");
            assertThat(unknown.getStatus()).as("GET %s?filter[nope]=1: %s", path, unknown.getContentAsString())
                    .isEqualTo(400);
            assertThat(unknown.getContentType()).startsWith("application/problem+json");
            assertThat(JsonPath.<String>read(unknown.getContentAsString(), "$.errors[0].field")).isEqualTo("filter[nope]");
            assertThat(JsonPath.<String>read(unknown.getContentAsString(), "$.errors[0].message")).contains("filter[nope]");
            refused.add(path);
            List<String> filters = ((Map<?, ?>) get).containsKey("parameters")
                    ? JsonPath.read(get, "$.parameters[?(@.in == 'query')].name") : List.of();
            for (String filter : filters.stream().filter(f -> f.startsWith("filter[") && f.endsWith("]")).toList()) {
                String why = honours(path, filter);
                if (why == null) {
                    honoured.add(path + " " + filter);
                } else {
                    unchecked.put(path + " " + filter, why);
                }
            }
        }
        log.info("Lists refusing filter[nope]: " + refused.size() + "; filters checked: " + honoured.size()
                + " " + honoured + "; not checkable this way: " + unchecked);
        assertThat(refused).contains("/api/v1/quotes", "/api/v1/companies", "/api/v1/deals", "/api/v1/tasks",
                "/api/v1/orders", "/api/v1/activities");
        assertThat(honoured).contains("/api/v1/quotes filter[companyId]", "/api/v1/quotes filter[dealId]",
                "/api/v1/deals filter[companyId]", "/api/v1/tasks filter[status]", "/api/v1/activities filter[companyId]");
    }

    /** Null when the filter restricted the list to its value; else why it could not be checked. */
    private String honours(String path, String filter) throws Exception {
        String field = filter.substring("filter[".length(), filter.length() - 1);
        if (WIDENING.contains(field)) {
            return "widens the list";
        }
        if (YES_NO_OF_A_REASON.contains(field)) {
            return honoursYes(path, filter, field);
        }
        MockHttpServletResponse all = call(path, "limit", "100");
        if (all.getStatus() != 200) {
            return "the list needs other parameters (" + all.getStatus() + ")";
        }
        List<Map<String, Object>> items;
        try {
            items = JsonPath.read(all.getContentAsString(), "$.items");
        } catch (RuntimeException e) {
            return "no items";
        }
        Object value = null;
        for (Map<String, Object> item : items) {
            Object v = item.get(field);
            if (v instanceof Boolean b && b || v instanceof Number || v instanceof String s && !DATE_TIME.matcher(s).matches()
                    && !s.isBlank()) {
                value = v;
                break;
            }
        }
        if (value == null) {
            return items.isEmpty() ? "empty list" : "items carry no " + field;
        }
        MockHttpServletResponse filtered = call(path, filter, String.valueOf(value), "limit", "100");
        assertThat(filtered.getStatus()).as("GET %s?%s=%s: %s", path, filter, value, filtered.getContentAsString())
                .isEqualTo(200);
        List<Map<String, Object>> kept = JsonPath.read(filtered.getContentAsString(), "$.items");
        Object asked = value;
        Map<String, Object> offending = new LinkedHashMap<>();
        kept.stream().filter(i -> !String.valueOf(asked).equals(String.valueOf(i.get(field)))).findFirst()
                .ifPresent(i -> offending.putAll(i));
        assertThat(offending).as("GET %s?%s=%s returned an item with %s = %s", path, filter, value, field,
                offending.get(field)).isEmpty();
        assertThat(kept).as("GET %s?%s=%s", path, filter, value).isNotEmpty();
        return null;
    }

    /** filter[x]=true keeps only items that carry a reason x, and =false only items without one. */
    private String honoursYes(String path, String filter, String field) throws Exception {
        List<Map<String, Object>> yes = JsonPath.read(call(path, filter, "true", "limit", "100").getContentAsString(),
                "$.items");
        List<Map<String, Object>> no = JsonPath.read(call(path, filter, "false", "limit", "100").getContentAsString(),
                "$.items");
        assertThat(yes).as("GET %s?%s=true", path, filter).allSatisfy(i -> assertThat(i.get(field)).isNotNull());
        assertThat(no).as("GET %s?%s=false", path, filter).allSatisfy(i -> assertThat(i.get(field)).isNull());
        return yes.isEmpty() ? "nothing " + field + " to keep" : null;
    }
}

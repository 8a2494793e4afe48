package dev.kizuna.success;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.commerce.OrderHistory;
import dev.kizuna.commerce.Orders;
import dev.kizuna.platform.security.SystemActor;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Customers with a history, written through the API (and commerce's history import for orders). */
final class HealthFixtures {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Orders orders;
    private final String token;

    HealthFixtures(MockMvc mvc, JdbcClient jdbc, Orders orders, String token) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.orders = orders;
        this.token = token;
    }

    String call(String method, String path, String json) throws Exception {
        var request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json);
        var response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() >= 300) {
            throw new AssertionError(method + " " + path + " → " + response.getStatus() + " "
                    + response.getContentAsString());
        }
        return response.getContentAsString();
    }

    UUID customer(String name, String tag, UUID owner) throws Exception {
        String body = call("POST", "/api/v1/companies", "{\"name\":\"" + name + "-" + UUID.randomUUID()
                .toString().substring(0, 6) + "\",\"status\":\"customer\",\"tags\":[\"" + tag + "\"]"
                + (owner == null ? "" : ",\"ownerId\":\"" + owner + "\"") + "}");
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    void activity(UUID company, LocalDate on) throws Exception {
        String channel = jdbc.sql("select id::text from activity_option where kind = 'channel' and name = '電話'")
                .query(String.class).single();
        String type = jdbc.sql("select id::text from activity_option where kind = 'type' and name = 'その他'")
                .query(String.class).single();
        call("POST", "/api/v1/activities", "{\"companyId\":\"" + company + "\",\"channelId\":\"" + channel
                + "\",\"typeId\":\"" + type + "\",\"outcome\":\"reached\",\"details\":\"定例の電話\",\"occurredAt\":\""
                + OffsetDateTime.of(on.atTime(10, 0), ZoneOffset.ofHours(9)) + "\"}");
    }

    /** An order of ¥10,000 due on {@code due}, paid in full on {@code paid} (null: never). */
    void order(UUID company, LocalDate due, LocalDate paid) {
        SystemActor.run(() -> orders.importHistory(new OrderHistory(company, null, null, "保守サービス",
                due.minusDays(30), 10_000L, 10, due.minusDays(30), due, paid)));
    }

    String contract(UUID company, String start, String end) throws Exception {
        return JsonPath.read(call("POST", "/api/v1/contracts", "{\"companyId\":\"" + company + "\",\"planName\":\"スタンダード\","
                + "\"amount\":30000,\"billing\":\"monthly\",\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"}"),
                "$.id");
    }

    void churn(String contract, String on) throws Exception {
        call("POST", "/api/v1/churns", "{\"contractId\":\"" + contract + "\",\"version\":0,\"churnedOn\":\"" + on
                + "\",\"reasonId\":\"0d5e1c00-0000-4000-8000-000000000101\"}");
    }

    void renew(String contract, String on, String newEnd) throws Exception {
        call("POST", "/api/v1/renewals", "{\"contractId\":\"" + contract + "\",\"version\":0,\"decidedOn\":\"" + on
                + "\",\"newEndsOn\":\"" + newEnd + "\"}");
    }

    /** Quiet (days since the last activity: under 30 → 10, 30–90 → 5, 90 and more → 0) weighs 60, late payments in a year (none → 10, any → 0) 40. */
    static String model(String name, String tag, String extra) {
        return "{\"name\":\"" + name + "\",\"definition\":{\"segment\":{\"tag\":\"" + tag + "\"},\"components\":["
                + "{\"key\":\"quiet\",\"measure\":\"daysSinceLastActivity\",\"weight\":60,\"thresholds\":["
                + "{\"from\":0,\"to\":30,\"points\":10},{\"from\":30,\"to\":90,\"points\":5},{\"from\":90,\"points\":0}]},"
                + "{\"key\":\"late\",\"measure\":\"latePayments\",\"params\":{\"days\":\"365\"},\"weight\":40,"
                + "\"thresholds\":[{\"from\":0,\"to\":1,\"points\":10},{\"from\":1,\"points\":0}]}]" + extra + "}}";
    }
}

package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.commerce.Orders;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /api/v1/health-models and /api/v1/usage-metrics: the 422s that name the component, who may do what, publishing. */
class HealthApiTest extends ApiTestBase {

    @Autowired
    Orders orders;

    private String admin;
    private String tag;

    @BeforeEach
    void tokens() {
        admin = tokenFor(PermissionLevel.ADMIN);
        tag = "api-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String component(String key, String measure, int weight, String thresholds, String params) {
        return "{\"key\":\"" + key + "\",\"measure\":\"" + measure + "\",\"weight\":" + weight + ",\"params\":{"
                + params + "},\"thresholds\":[" + thresholds + "]}";
    }

    @Test
    void anUnknownMeasureFieldOrTypeOverlappingThresholdsAndWeightsOffAHundredAre422NamingTheComponent()
            throws Exception {
        String body = "{\"name\":\"誤り\",\"definition\":{\"components\":["
                + component("usage", "portalLogins", 20, "{\"from\":0,\"points\":5}", "") + ","
                + component("quiet", "daysSinceLastActivity", 30, "{\"from\":0,\"to\":30,\"points\":10},"
                        + "{\"from\":20,\"to\":60,\"points\":5}", "") + ","
                + component("rank", "customField", 20, "{\"from\":0,\"points\":5}", "\"field\":\"no_such_field\"") + ","
                + component("claims", "activityCount", 20, "{\"from\":0,\"points\":5}", "\"type\":\"存在しない種類\"")
                + "]}}";
        mvc.perform(post(admin, "/api/v1/health-models", body).header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'components[usage].measure')].code")
                        .value("HealthUnknownMeasure"))
                .andExpect(jsonPath("$.errors[?(@.field == 'components[quiet].thresholds')].code")
                        .value("HealthThresholdsOverlap"))
                .andExpect(jsonPath("$.errors[?(@.field == 'components[quiet].thresholds')].message")
                        .value("構成要素「quiet」のしきい値：範囲 0–30 と 20–60 が重なっています。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'components[rank].params.field')].code")
                        .value("HealthUnknownField"))
                .andExpect(jsonPath("$.errors[?(@.field == 'components[claims].params.type')].code")
                        .value("HealthUnknownActivityType"))
                .andExpect(jsonPath("$.errors[?(@.field == 'components')].message")
                        .value("構成要素：重みの合計が90です。合計が100になるようにしてください。"));
        assertThat(jdbc.sql("select count(*) from success_health_model where name = '誤り'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void onlyAdministratorsWriteModelsAndAPublishedVersionNeverChanges() throws Exception {
        String model = HealthFixtures.model(unique("モデル"), tag, "");
        mvc.perform(post(tokenFor(PermissionLevel.MANAGER), "/api/v1/health-models", model))
                .andExpect(status().isForbidden());
        String created = mvc.perform(post(admin, "/api/v1/health-models", model)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("draft")).andExpect(jsonPath("$.number").value(1))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post(admin, "/api/v1/health-models/" + id + "/publish", "{\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("published"));
        mvc.perform(patch(admin, "/api/v1/health-models/" + id, "{\"version\":1,\"name\":\"変更\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].code").value("HealthModelNotDraft"));
        // The next version is a draft of the same model; publishing it retires version 1.
        String v2 = JsonPath.read(mvc.perform(post(admin, "/api/v1/health-models", HealthFixtures.model("v2", tag, "")
                        .replaceFirst("\\{", "{\"basedOn\":\"" + id + "\",")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(2))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post(admin, "/api/v1/health-models/" + v2 + "/publish", "{\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(get(admin, "/api/v1/health-models/" + id)).andExpect(jsonPath("$.status").value("retired"));
    }

    @Test
    void usageFiguresArePushedByMembersAndReplacedOnTheSameDay() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        UUID company = new HealthFixtures(mvc, jdbc, orders, member).customer("利用状況", tag, null);
        String figure = "{\"metric\":\"portal.activeUserRate\",\"customer\":\"" + company
                + "\",\"date\":\"2026-11-30\",\"value\":";
        mvc.perform(post(tokenFor(PermissionLevel.VIEWER), "/api/v1/usage-metrics", figure + "40}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(member, "/api/v1/usage-metrics", figure + "40}")).andExpect(status().isCreated());
        mvc.perform(post(member, "/api/v1/usage-metrics", figure + "62.5}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.value").value(62.5));
        assertThat(jdbc.sql("select value from success_usage_metric where company_id = ?").param(company)
                .query(java.math.BigDecimal.class).list()).singleElement()
                .satisfies(v -> assertThat(v).isEqualByComparingTo("62.5"));
        mvc.perform(post(member, "/api/v1/usage-metrics", "{\"metric\":\"利用率\",\"customer\":\"" + company
                        + "\",\"date\":\"2026-11-30\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'metric')].code").value("HealthMetricName"))
                .andExpect(jsonPath("$.errors[?(@.field == 'value')].code").value("NotBlank"));
    }

    @Test
    void theListFiltersByBandAndRefusesAnUnknownOne() throws Exception {
        mvc.perform(get(admin, "/api/v1/health-scores?filter[band]=purple")).andExpect(status().isUnprocessableEntity());
        mvc.perform(get(admin, "/api/v1/health-scores?filter[nope]=1")).andExpect(status().isBadRequest());
    }
}

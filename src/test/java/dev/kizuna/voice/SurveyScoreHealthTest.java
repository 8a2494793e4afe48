package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.success.HealthScores;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 18's survey-score measure, through the health model's plug-in point: a model that weighs the latest NPS scores
 * a customer with no answer 0, and the same customer 100 once its contact answers 10 on the public page.
 */
class SurveyScoreHealthTest extends ApiTestBase {

    @Autowired
    HealthScores scores;

    private double score(String admin, String company) throws Exception {
        String health = mvc.perform(get(admin, "/api/v1/companies/" + company + "/health")).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.<Number>read(health, "$.current.score").doubleValue();
    }

    @Test
    void aCustomersScoreFollowsItsLatestSurveyAnswer() throws Exception {
        String admin = tokenFor(PermissionLevel.ADMIN);
        VoiceTestData data = new VoiceTestData(mvc, jdbc, admin);
        String tag = "nps-" + UUID.randomUUID().toString().substring(0, 8);
        String company = data.id("/api/v1/companies", "{\"name\":\"" + unique("株式会社すみれ化粧品")
                + "\",\"nameKana\":\"テスト\",\"status\":\"customer\",\"emailOptIn\":true,\"tags\":[\"" + tag + "\"]}");
        String contact = data.contact(company, "小川 智子", "ogawa@sumire.example");
        String model = data.id("/api/v1/health-models", "{\"name\":\"" + unique("NPSモデル") + "\",\"definition\":{"
                + "\"segment\":{\"tag\":\"" + tag + "\"},\"components\":[{\"key\":\"nps\",\"measure\":\"surveyScore\","
                + "\"params\":{\"kind\":\"nps\",\"days\":\"180\"},\"weight\":100,\"thresholds\":["
                + "{\"from\":0,\"to\":7,\"points\":0},{\"from\":7,\"to\":9,\"points\":5},{\"from\":9,\"points\":10}]}]}}");
        java.time.Instant since = java.time.Instant.now();
        data.post("/api/v1/health-models/" + model + "/publish", "{\"version\":0}");
        dev.kizuna.support.EventListenersDone.since(jdbc, since);
        assertThat(score(admin, company)).isZero();

        String survey = data.id("/api/v1/surveys", "{\"title\":\"ご利用満足度アンケート\",\"language\":\"ja\","
                + "\"questions\":[{\"kind\":\"nps\",\"label\":\"おすすめ度\"}]}");
        String sent = data.post("/api/v1/surveys/" + survey + "/send", "{\"contactIds\":[\"" + contact + "\"]}");
        String link = JsonPath.<List<String>>read(sent, "$.sent[*].link").getFirst();
        var answered = mvc.perform(MockMvcRequestBuilders.post(link.substring(link.indexOf("/s/"))).param("q1", "10"))
                .andReturn().getResponse();
        assertThat(answered.getStatus()).isEqualTo(200);

        SystemActor.run(() -> scores.rescore(List.of(UUID.fromString(company))));
        assertThat(score(admin, company)).isEqualTo(100.0);
        String health = mvc.perform(get(admin, "/api/v1/companies/" + company + "/health")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Number>read(health, "$.components[0].value").intValue()).isEqualTo(10);
    }
}

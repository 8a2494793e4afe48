package dev.kizuna.sales;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A pipeline (seed 004's stages), a lost reason and a customer made through the API, for the sales tests. */
record SalesFixture(String pipelineId, List<String> stageIds, String lostReasonId, String companyId) {

    static final String STAGES = """
            [{"name":"問い合わせ","nameEn":"Inquiry","kind":"open","winProbability":10,"maxDays":3},
             {"name":"アポ","nameEn":"Appointment","kind":"open","winProbability":20,"maxDays":7},
             {"name":"ヒアリング","nameEn":"Hearing","kind":"open","winProbability":40,"maxDays":14},
             {"name":"見積","nameEn":"Quote","kind":"open","winProbability":60,"maxDays":14},
             {"name":"受注","nameEn":"Order","kind":"won","winProbability":100,"maxDays":14},
             {"name":"納品","nameEn":"Delivery","kind":"won","winProbability":100,"maxDays":30},
             {"name":"入金","nameEn":"Payment","kind":"won","winProbability":100},
             {"name":"失注","nameEn":"Lost","kind":"lost","winProbability":0}]""";

    static SalesFixture create(MockMvc mvc, String adminToken, String suffix) throws Exception {
        String pipeline = body(mvc, adminToken, "/api/v1/pipelines",
                "{\"name\":\"新規営業" + suffix + "\",\"nameEn\":\"New business\",\"stages\":" + STAGES + "}");
        String reason = body(mvc, adminToken, "/api/v1/lost-reasons", "{\"name\":\"他社に決定" + suffix + "\"}");
        String company = body(mvc, adminToken, "/api/v1/companies",
                "{\"name\":\"株式会社商談テスト" + suffix + "\",\"nameKana\":\"ショウダンテスト\"}");
        List<String> stages = JsonPath.read(pipeline, "$.stages[*].id");
        return new SalesFixture(JsonPath.read(pipeline, "$.id"), stages, JsonPath.read(reason, "$.id"),
                JsonPath.read(company, "$.id"));
    }

    String createDeal(MockMvc mvc, String token, String name, long amount) throws Exception {
        return JsonPath.read(body(mvc, token, "/api/v1/deals", "{\"name\":\"" + name + "\",\"companyId\":\"" + companyId
                + "\",\"pipelineId\":\"" + pipelineId + "\",\"amount\":" + amount + "}"), "$.id");
    }

    static String body(MockMvc mvc, String token, String path, String json) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        if (response.getStatus() != 201) {
            throw new AssertionError(path + " answered " + response.getStatus() + ": " + response.getContentAsString());
        }
        return response.getContentAsString();
    }
}

package dev.kizuna.commerce;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A pipeline with seed 004's stages and a customer, made through the API, for the commerce tests. */
record CommerceFixture(String pipelineId, List<String> stageIds, String companyId) {

    static final int WON = 4;
    static final int DELIVERED = 5;
    static final int PAID = 6;

    static CommerceFixture create(MockMvc mvc, String adminToken, String suffix) throws Exception {
        String pipeline = post(mvc, adminToken, "/api/v1/pipelines", "{\"name\":\"受注テスト" + suffix
                + "\",\"stages\":[{\"name\":\"問い合わせ\",\"kind\":\"open\",\"winProbability\":10},"
                + "{\"name\":\"アポ\",\"kind\":\"open\",\"winProbability\":20},"
                + "{\"name\":\"ヒアリング\",\"kind\":\"open\",\"winProbability\":40},"
                + "{\"name\":\"見積\",\"kind\":\"open\",\"winProbability\":60},"
                + "{\"name\":\"受注\",\"kind\":\"won\",\"winProbability\":100},"
                + "{\"name\":\"納品\",\"kind\":\"won\",\"winProbability\":100,\"reachedOn\":\"delivery\"},"
                + "{\"name\":\"入金\",\"kind\":\"won\",\"winProbability\":100,\"reachedOn\":\"payment\"},"
                + "{\"name\":\"失注\",\"kind\":\"lost\",\"winProbability\":0}]}");
        String company = post(mvc, adminToken, "/api/v1/companies",
                "{\"name\":\"株式会社受注テスト" + suffix + "\",\"nameKana\":\"ジュチュウテスト\"}");
        return new CommerceFixture(JsonPath.read(pipeline, "$.id"), JsonPath.read(pipeline, "$.stages[*].id"),
                JsonPath.read(company, "$.id"));
    }

    String deal(MockMvc mvc, String token, String name, long amount) throws Exception {
        return JsonPath.read(post(mvc, token, "/api/v1/deals", "{\"name\":\"" + name + "\",\"companyId\":\"" + companyId
                + "\",\"pipelineId\":\"" + pipelineId + "\",\"amount\":" + amount + "}"), "$.id");
    }

    /** Moves the deal to the won stage (受注), reading its version first. */
    void win(MockMvc mvc, String token, String dealId) throws Exception {
        String deal = mvc.perform(MockMvcRequestBuilders.get("/api/v1/deals/" + dealId)
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(deal, "$.version");
        var response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/deals/" + dealId + "/move")
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"stageId\":\"" + stageIds.get(WON) + "\"}"))
                .andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError("move answered " + response.getStatus() + ": " + response.getContentAsString());
        }
    }

    static String post(MockMvc mvc, String token, String path, String json) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        if (response.getStatus() != 201) {
            throw new AssertionError(path + " answered " + response.getStatus() + ": " + response.getContentAsString());
        }
        return response.getContentAsString();
    }
}

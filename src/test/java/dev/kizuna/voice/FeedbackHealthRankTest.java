package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's third ranking of the product team's view: by the health band of the customers asking. A wish of one
 * customer in 危険 comes before a wish of two healthy customers when ranked by health, and after it by votes.
 */
class FeedbackHealthRankTest extends ApiTestBase {

    /** The customer's current health score, as success's daily scoring leaves it (written here as its reader would). */
    private void band(String company, String band) {
        UUID model = UUID.randomUUID();
        jdbc.sql("insert into success_health_model (id, model_key, name, definition) values (?, ?, ?, '{}'::jsonb)")
                .params(model, model, unique("ランク付けのモデル")).update();
        jdbc.sql("""
                insert into success_health_score (company_id, model_id, model_number, score, band, band_since,
                    components, computed_on) values (?::uuid, ?, 1, 20, ?, current_date, '[]'::jsonb, current_date)
                """).params(company, model, band).update();
    }

    @Test
    void aCustomerInDangerOutranksTwoHealthyOnesWhenRankedByHealth() throws Exception {
        String member = tokenFor(PermissionLevel.MEMBER);
        VoiceTestData data = new VoiceTestData(mvc, jdbc, member);
        String danger = data.company("危険商事", null, false);
        String fine1 = data.company("良好物産", null, false);
        String fine2 = data.company("拡大工業", null, false);
        band(danger, "danger");
        band(fine1, "good");
        band(fine2, "expansion");
        String area = unique("発注画面");
        String risky = data.id("/api/v1/feedback", "{\"kind\":\"complaint\",\"body\":\"発注画面が重い\",\"productArea\":\""
                + area + "\",\"companyId\":\"" + danger + "\"}");
        String popular = data.id("/api/v1/feedback", "{\"kind\":\"request\",\"body\":\"CSVで出したい\",\"productArea\":\""
                + area + "\",\"companyId\":\"" + fine1 + "\"}");
        data.post("/api/v1/feedback/" + popular + "/votes", "{\"companyId\":\"" + fine2 + "\"}");

        String byHealth = mvc.perform(get(member, "/api/v1/feedback").param("filter[productArea]", area)
                .param("sort", "health")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(byHealth, "$.items[*].id")).containsExactly(risky, popular);
        assertThat(JsonPath.<List<Integer>>read(byHealth, "$.items[*].votesAtRisk")).containsExactly(1, 0);
        String byVotes = mvc.perform(get(member, "/api/v1/feedback").param("filter[productArea]", area))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(byVotes, "$.items[*].id")).containsExactly(popular, risky);
        // Paged one at a time, the cursor carries the ranking.
        String first = mvc.perform(get(member, "/api/v1/feedback").param("filter[productArea]", area)
                .param("sort", "health").param("limit", "1")).andReturn().getResponse().getContentAsString();
        String next = mvc.perform(get(member, "/api/v1/feedback").param("filter[productArea]", area)
                .param("sort", "health").param("limit", "1").param("cursor", JsonPath.<String>read(first, "$.nextCursor")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(next, "$.items[*].id")).containsExactly(popular);
    }
}

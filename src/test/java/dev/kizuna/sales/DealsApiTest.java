package dev.kizuna.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/v1/pipelines and /api/v1/deals: moves with versions, lost reasons, errors, filters and permissions. */
@org.junit.jupiter.api.Tag("server") // run by the server-db execution, on CI's PostgreSQL server (pom.xml)
class DealsApiTest extends ApiTestBase {

    private String admin;
    private String member;
    private SalesFixture f;

    @BeforeEach
    void fixture() throws Exception {
        admin = tokenFor(PermissionLevel.ADMIN);
        member = tokenFor(PermissionLevel.MEMBER);
        f = SalesFixture.create(mvc, admin, unique(""));
    }

    @Test
    void aDealStartsInTheFirstStageAndEveryMoveIsRecordedWithItsTime() throws Exception {
        String id = f.createDeal(mvc, member, "名刺の年間契約", 480_000);
        mvc.perform(get(member, "/api/v1/deals/{id}", id)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.stageId").value(f.stageIds().get(0)))
                .andExpect(jsonPath("$.status").value("open"))
                .andExpect(jsonPath("$.amount.amount").value(480000))
                .andExpect(jsonPath("$.amount.currency").value("JPY"));
        mvc.perform(post(member, "/api/v1/deals/{id}/move", "{\"version\":0,\"stageId\":\"" + f.stageIds().get(1) + "\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.stageName").value("アポ"));
        mvc.perform(post(member, "/api/v1/deals/{id}/move", "{\"version\":1,\"stageId\":\"" + f.stageIds().get(4) + "\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("won"))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.closedAt").isNotEmpty());
        mvc.perform(get(member, "/api/v1/deals/{id}/stage-changes", id))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].toStage").value("受注"))
                .andExpect(jsonPath("$.items[0].forward").value(true))
                .andExpect(jsonPath("$.items[2].fromStage").doesNotExist());
        Long seconds = jdbc.sql("select count(*) from deal_stage_change where deal_id = ? and seconds_in_from_stage is not null")
                .param(UUID.fromString(id)).query(Long.class).single();
        assertThat(seconds).isEqualTo(2);
    }

    @Test
    void losingNeedsAReasonAndAStaleVersionIs409ProblemJson() throws Exception {
        String id = f.createDeal(mvc, member, "ロゴ刷新", 800_000);
        String lost = f.stageIds().get(7);
        mvc.perform(post(member, "/api/v1/deals/{id}/move", "{\"version\":0,\"stageId\":\"" + lost + "\"}", id)
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("lostReasonId"))
                .andExpect(jsonPath("$.errors[0].message").value("失注にするときは失注理由を選んでください。"));
        mvc.perform(post(member, "/api/v1/deals/{id}/move", "{\"version\":0,\"stageId\":\"" + lost
                        + "\",\"lostReasonId\":\"" + f.lostReasonId() + "\",\"lostNote\":\"価格で負けた\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("lost"))
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.lostNote").value("価格で負けた"));
        mvc.perform(post(member, "/api/v1/deals/{id}/move", "{\"version\":0,\"stageId\":\"" + f.stageIds().get(1) + "\"}", id))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post(member, "/api/v1/deals/{id}/move", "{\"stageId\":\"" + f.stageIds().get(1) + "\"}", id))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void twoMovesWithTheSameVersionEndWithExactlyOne409AndNoLostUpdate() throws Exception {
        String id = f.createDeal(mvc, member, "同時移動", 100_000);
        String other = tokenFor(PermissionLevel.MEMBER);
        List<String> targets = List.of(f.stageIds().get(1), f.stageIds().get(2));
        List<String> tokens = List.of(member, other);
        int stageChanges = 1; // the creation
        for (int round = 0; round < 5; round++) {
            String current = mvc.perform(get(member, "/api/v1/deals/{id}", id)).andReturn().getResponse()
                    .getContentAsString();
            long version = ((Number) JsonPath.read(current, "$.version")).longValue();
            String stageBefore = JsonPath.read(current, "$.stageId");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<int[]>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                String target = targets.get((n + round) % 2);
                results.add(pool.submit(() -> {
                    start.await();
                    var r = mvc.perform(post(tokens.get(n), "/api/v1/deals/{id}/move",
                            "{\"version\":" + version + ",\"stageId\":\"" + target + "\"}", id)).andReturn().getResponse();
                    return new int[] {r.getStatus(), targets.indexOf(target)};
                }));
            }
            start.countDown();
            List<int[]> answers = new ArrayList<>();
            for (Future<int[]> r : results) {
                answers.add(r.get());
            }
            pool.shutdown();
            assertThat(answers).extracting(a -> a[0]).containsExactlyInAnyOrder(200, 409);
            String winner = targets.get(answers.stream().filter(a -> a[0] == 200).findFirst().orElseThrow()[1]);
            stageChanges += winner.equals(stageBefore) ? 0 : 1; // a move to where it already is records no change
            mvc.perform(get(member, "/api/v1/deals/{id}", id))
                    .andExpect(jsonPath("$.stageId").value(winner))
                    .andExpect(jsonPath("$.version").value((int) version + 1));
        }
        // A refused move left no trace.
        assertThat(jdbc.sql("select count(*) from deal_stage_change where deal_id = ?").param(UUID.fromString(id))
                .query(Long.class).single()).isEqualTo(stageChanges);
    }

    @Test
    void badInputIsNamedFieldByField() throws Exception {
        mvc.perform(post(member, "/api/v1/deals", "{\"amount\":-5,\"companyId\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'companyId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')]").exists());
        String id = f.createDeal(mvc, member, "別パイプライン", 1);
        String otherPipeline = JsonPath.read(SalesFixture.body(mvc, admin, "/api/v1/pipelines",
                "{\"name\":\"" + unique("アップセル") + "\",\"stages\":" + SalesFixture.STAGES + "}"), "$.stages[1].id");
        mvc.perform(post(member, "/api/v1/deals/{id}/move", "{\"version\":0,\"stageId\":\"" + otherPipeline + "\"}", id))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("stageId"));
        mvc.perform(get(member, "/api/v1/deals/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get(member, "/api/v1/deals").param("filter[status]", "maybe"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("filter[status]"));
        mvc.perform(post(admin, "/api/v1/pipelines", "{\"name\":\"" + unique("段階なし") + "\",\"stages\":[{\"name\":\"A\",\"kind\":\"open\",\"winProbability\":10}]}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("stages"));
    }

    @Test
    void onlyOneWonStageOfAPipelineMovesOnEachOrderMilestoneAndTheRulesAreNamedInBothLanguages() throws Exception {
        String stages = """
                [{"name":"見積","kind":"open","winProbability":60,"reachedOn":"payment"},
                 {"name":"受注","kind":"won","winProbability":100,"reachedOn":"delivery"},
                 {"name":"入金","kind":"won","winProbability":100,"reachedOn":"delivery"},
                 {"name":"失注","kind":"lost","winProbability":0,"reachedOn":"later"}]""";
        mvc.perform(post(admin, "/api/v1/pipelines", "{\"name\":\"" + unique("自動進行") + "\",\"stages\":" + stages + "}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("stages[3].reachedOn"))
                .andExpect(jsonPath("$.errors[0].code").value("OneOf"));
        mvc.perform(post(admin, "/api/v1/pipelines", "{\"name\":\"" + unique("自動進行") + "\",\"stages\":"
                        + stages.replace(",\"reachedOn\":\"later\"", "") + "}").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'stages[0].reachedOn')].code").value("WonStageOnly"))
                .andExpect(jsonPath("$.errors[?(@.field == 'stages[2].reachedOn')].code").value("MilestoneTaken"))
                .andExpect(jsonPath("$.errors[?(@.field == 'stages[2].reachedOn')].message")
                        .value("このパイプラインではステージ「受注」がすでにこの設定です。設定できるのは1つのステージだけです。"));

        String pipeline = SalesFixture.body(mvc, admin, "/api/v1/pipelines", "{\"name\":\"" + unique("自動進行") + "\",\"stages\":"
                + """
                [{"name":"見積","kind":"open","winProbability":60},
                 {"name":"受注","kind":"won","winProbability":100},
                 {"name":"入金","kind":"won","winProbability":100,"reachedOn":"payment"},
                 {"name":"失注","kind":"lost","winProbability":0}]}""");
        assertThat((String) JsonPath.read(pipeline, "$.stages[2].reachedOn")).isEqualTo("payment");
        assertThat((Object) JsonPath.read(pipeline, "$.stages[1].reachedOn")).isNull();
        String pipelineId = JsonPath.read(pipeline, "$.id");
        String won = JsonPath.read(pipeline, "$.stages[1].id");
        mvc.perform(patch(admin, "/api/v1/pipelines/{id}/stages/{sid}", "{\"version\":0,\"reachedOn\":\"payment\"}", pipelineId, won)
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reachedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("Stage 入金 of this pipeline already moves on this; one stage per pipeline."));
        mvc.perform(patch(admin, "/api/v1/pipelines/{id}/stages/{sid}", "{\"version\":0,\"reachedOn\":\"delivery\"}", pipelineId, won))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reachedOn").value("delivery"));
        mvc.perform(patch(admin, "/api/v1/pipelines/{id}/stages/{sid}", "{\"version\":1,\"reachedOn\":\"\"}", pipelineId, won))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reachedOn").doesNotExist());
    }

    @Test
    void viewersReadMembersWriteOnlyAdministratorsChangePipelines() throws Exception {
        String viewer = tokenFor(PermissionLevel.VIEWER);
        String manager = tokenFor(PermissionLevel.MANAGER);
        String id = f.createDeal(mvc, member, "権限確認", 1000);
        mvc.perform(get(viewer, "/api/v1/deals/{id}", id)).andExpect(status().isOk());
        mvc.perform(get(viewer, "/api/v1/pipelines")).andExpect(status().isOk());
        mvc.perform(post(viewer, "/api/v1/deals", "{\"name\":\"閲覧者\",\"companyId\":\"" + f.companyId() + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(viewer, "/api/v1/deals/{id}/move", "{\"version\":0,\"stageId\":\"" + f.stageIds().get(1) + "\"}", id))
                .andExpect(status().isForbidden());
        mvc.perform(post(manager, "/api/v1/pipelines", "{\"name\":\"" + unique("マネージャー") + "\",\"stages\":" + SalesFixture.STAGES + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(member, "/api/v1/lost-reasons", "{\"name\":\"" + unique("理由") + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch(manager, "/api/v1/deals/{id}", "{\"version\":0,\"nextStep\":\"見積を送る\",\"nextStepOn\":\"2026-12-01\"}", id))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nextStep").value("見積を送る"));
        mvc.perform(get(null, "/api/v1/deals")).andExpect(status().isUnauthorized());
    }

    @Test
    void theListFiltersByStageAndAmountAndPagesByCursor() throws Exception {
        String tag = unique("一覧");
        for (int i = 0; i < 5; i++) {
            f.createDeal(mvc, member, tag + " " + i, 100_000L * (i + 1));
        }
        String first = mvc.perform(get(member, "/api/v1/deals").param("q", tag).param("sort", "amount")
                        .param("desc", "false").param("limit", "2"))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].amount.amount").value(100000))
                .andReturn().getResponse().getContentAsString();
        String cursor = JsonPath.read(first, "$.nextCursor");
        mvc.perform(get(member, "/api/v1/deals").param("q", tag).param("sort", "amount").param("desc", "false")
                        .param("limit", "2").param("cursor", cursor))
                .andExpect(jsonPath("$.items[0].amount.amount").value(300000));
        mvc.perform(get(member, "/api/v1/deals").param("q", tag).param("filter[amount][gte]", "400000")
                        .param("filter[stageId]", f.stageIds().get(0)))
                .andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void dealsKeepCustomFieldsOfTheCustomerMastersKindFilterableAndSortable() throws Exception {
        String key = "rank_" + UUID.randomUUID().toString().substring(0, 6).replace('-', '_');
        mvc.perform(post(admin, "/api/v1/custom-fields", "{\"objectType\":\"deal\",\"key\":\"" + key
                        + "\",\"label\":\"確度ランク\",\"type\":\"single_choice\",\"options\":[\"A\",\"B\",\"C\"]}"))
                .andExpect(status().isCreated());
        String tag = unique("項目");
        String a = f.createDeal(mvc, member, tag + " A", 1000);
        String b = f.createDeal(mvc, member, tag + " B", 2000);
        mvc.perform(patch(member, "/api/v1/deals/{id}", "{\"version\":0,\"customFields\":{\"" + key + "\":\"A\"}}", a))
                .andExpect(status().isOk()).andExpect(jsonPath("$.customFields." + key).value("A"));
        mvc.perform(patch(member, "/api/v1/deals/{id}", "{\"version\":0,\"customFields\":{\"" + key + "\":\"C\"}}", b))
                .andExpect(status().isOk());
        mvc.perform(patch(member, "/api/v1/deals/{id}", "{\"version\":1,\"customFields\":{\"" + key + "\":\"Z\"}}", b))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("customFields." + key))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("確度ランク")));
        mvc.perform(get(member, "/api/v1/deals").param("q", tag).param("filter[customFields." + key + "]", "A"))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].id").value(a));
        mvc.perform(get(member, "/api/v1/deals").param("q", tag).param("sort", "customFields." + key).param("desc", "true"))
                .andExpect(jsonPath("$.items[0].id").value(b)).andExpect(jsonPath("$.items[1].id").value(a));
        mvc.perform(get(member, "/api/v1/custom-fields").param("filter[objectType]", "deal"))
                .andExpect(jsonPath("$.items[?(@.key == '" + key + "')]").exists());
    }
}

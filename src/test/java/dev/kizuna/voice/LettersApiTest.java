package dev.kizuna.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /api/v1/letters, the postcard reply desk: refusals name the field in the caller's language, two people claiming at
 * once leave one writer, and a postcard goes the whole way — researched, written under its timers, returned once by
 * the head, approved, sent and on the customer's timeline.
 */
class LettersApiTest extends ApiTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    private String member;
    private VoiceTestData data;

    @BeforeEach
    void setUp() {
        member = tokenFor(PermissionLevel.MEMBER);
        data = new VoiceTestData(mvc, jdbc, member);
    }

    private String postcard(String company, String contact, LocalDate receivedOn) throws Exception {
        return data.id("/api/v1/letters", "{\"companyId\":\"" + company + "\"" + (contact == null ? ""
                : ",\"contactId\":\"" + contact + "\"") + ",\"receivedOn\":\"" + receivedOn + "\","
                + "\"body\":\"いつも化粧水を使っています。乾燥する季節のおすすめの使い方を教えてください。\"}");
    }

    @Test
    void badInputIsRefusedNamingTheFieldInTheCallersLanguage() throws Exception {
        String company = data.company("山田 花子", null, false);
        mvc.perform(post(member, "/api/v1/letters", "{\"kind\":\"fax\",\"body\":\"\"}").header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].code").value(hasItem("OneOf")))
                .andExpect(jsonPath("$.errors[?(@.field == 'companyId')].code").value(hasItem("NotBlank")))
                .andExpect(jsonPath("$.errors[?(@.field == 'body')].message").value(hasItem("お客さまの声を入力してください。")));
        mvc.perform(post(member, "/api/v1/letters", "{\"companyId\":\"" + company + "\",\"body\":\"x\",\"receivedOn\":\""
                        + TODAY.plusDays(1) + "\"}").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("Received on cannot be in the future."));
        mvc.perform(post(member, "/api/v1/letters", "{\"companyId\":\"" + company + "\",\"body\":\"" + "長".repeat(4001)
                + "\"}")).andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(post(member, "/api/v1/letters", "{\"companyId\":\"" + company + "\",\"body\":\"x\",\"receivedOn\":\"12/07\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
        mvc.perform(get(member, "/api/v1/letters").param("filter[nope]", "1")).andExpect(status().isBadRequest());
        mvc.perform(get(member, "/api/v1/letters").param("filter[overdue]", "maybe"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("filter[overdue]"));
        String viewer = tokenFor(PermissionLevel.VIEWER);
        mvc.perform(post(viewer, "/api/v1/letters", "{\"companyId\":\"" + company + "\",\"body\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(null, "/api/v1/letters")).andExpect(status().isUnauthorized());
        mvc.perform(get(member, "/api/v1/letters/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void twoPeopleClaimingAtOnceLeaveOneWriter() throws Exception {
        String letter = postcard(data.company("山田 花子", null, false), null, TODAY);
        TestAccounts.Account sato = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account ito = accounts.create(PermissionLevel.MEMBER);
        List<String> tokens = List.of(accounts.token(sato), accounts.token(ito));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (String token : tokens) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post(token, "/api/v1/letters/" + letter + "/claim", "{}")).andReturn()
                            .getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        String winner = JsonPath.read(mvc.perform(get(member, "/api/v1/letters/" + letter)).andReturn().getResponse()
                .getContentAsString(), "$.assigneeId");
        assertThat(winner).isIn(sato.id().toString(), ito.id().toString());
        // The other one is told, in their language, that someone is answering it already.
        String loser = winner.equals(sato.id().toString()) ? tokens.get(1) : tokens.get(0);
        mvc.perform(post(loser, "/api/v1/letters/" + letter + "/claim", "{}").header("Accept-Language", "ja"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("assigneeId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("すでに")));
        assertThat(jdbc.sql("select assignee_id::text from voice_letter where id = ?::uuid").param(letter)
                .query(String.class).single()).isEqualTo(winner);
    }

    @Test
    void aPostcardIsResearchedWrittenUnderItsTimersReturnedOnceApprovedAndSent() throws Exception {
        TestAccounts.Account writer = accounts.create(PermissionLevel.MEMBER);
        String me = accounts.token(writer);
        String head = tokenFor(PermissionLevel.MANAGER);
        String company = data.company("山田 花子", null, false);
        String contact = data.contact(company, "山田 花子", null);
        String late = postcard(company, contact, TODAY.minusDays(10));
        String fresh = postcard(company, contact, TODAY);

        // The queue: oldest due first, the late one flagged overdue and found by filter[overdue].
        String queue = mvc.perform(get(me, "/api/v1/letters").param("filter[companyId]", company)).andReturn()
                .getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(queue, "$.items[*].id")).containsExactly(late, fresh);
        assertThat(JsonPath.<List<Boolean>>read(queue, "$.items[*].overdue")).containsExactly(true, false);
        String overdue = mvc.perform(get(me, "/api/v1/letters").param("filter[companyId]", company)
                .param("filter[overdue]", "true")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(overdue, "$.items[*].id")).containsExactly(late);

        // Claimed, the reply starts from the template addressed to the customer; no timer before the research.
        String claimed = mvc.perform(post(me, "/api/v1/letters/" + late + "/claim", "{}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("writing"))
                .andExpect(jsonPath("$.assigneeId").value(writer.id().toString()))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(claimed, "$.reply")).startsWith("山田 花子様");
        assertThat(JsonPath.<List<String>>read(mvc.perform(get(me, "/api/v1/letters")
                .param("filter[assigneeId]", writer.id().toString())).andReturn().getResponse().getContentAsString(),
                "$.items[*].id")).containsExactly(late);
        mvc.perform(post(me, "/api/v1/letters/" + late + "/timer", "{\"output\":\"reply\",\"action\":\"start\"}")
                        .header("Accept-Language", "ja"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("researched"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("書き始める前にお客さま情報")));
        mvc.perform(patch(member, "/api/v1/letters/" + late, "{\"version\":" + version(late) + ",\"reply\":\"x\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].code").value("LetterNotYours"));
        mvc.perform(patch(me, "/api/v1/letters/" + late, "{\"version\":99,\"researched\":true}"))
                .andExpect(status().isConflict());
        mvc.perform(patch(me, "/api/v1/letters/" + late, "{\"version\":" + version(late) + ",\"researched\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.researchedAt").isNotEmpty());
        mvc.perform(post(me, "/api/v1/letters/" + late + "/timer", "{\"output\":\"reply\",\"action\":\"start\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.timerOutput").value("reply"));
        mvc.perform(post(me, "/api/v1/letters/" + late + "/timer", "{\"output\":\"copies\",\"action\":\"start\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.timerOutput").value("copies"));
        mvc.perform(post(me, "/api/v1/letters/" + late + "/release", "{}")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("timer"));
        mvc.perform(post(me, "/api/v1/letters/" + late + "/timer", "{\"output\":\"copies\",\"action\":\"stop\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.timerOutput").isEmpty());
        assertThat(jdbc.sql("select count(*) from voice_letter_time where letter_id = ?::uuid and writer_id = ?")
                .params(late, writer.id()).query(Long.class).single()).isEqualTo(2);

        // A set without its copies and rough, or with the name wrong before 様, stays with the writer.
        mvc.perform(patch(me, "/api/v1/letters/" + late, "{\"version\":" + version(late) + ",\"reply\":\"山田 花様\\n"
                + "おハガキありがとうございました。\",\"copies\":[\"冬の乾燥に\",\"\"]}")).andExpect(status().isOk());
        String refused = mvc.perform(post(me, "/api/v1/letters/" + late + "/submit", "{}"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(refused, "$.errors[*].field"))
                .containsExactly("reply", "copies[1]", "copies[2]", "rough");
        writeWholeSet(me, late, "山田 花子様\nおハガキありがとうございました。");
        mvc.perform(post(me, "/api/v1/letters/" + late + "/submit", "{}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("submitted"));
        mvc.perform(patch(me, "/api/v1/letters/" + late, "{\"version\":" + version(late) + ",\"reply\":\"y\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].code").value("LetterState"));

        // The head returns it once with comments, then approves the corrected set; only then is it sent.
        mvc.perform(post(me, "/api/v1/letters/" + late + "/review", "{\"decision\":\"approved\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(head, "/api/v1/letters/" + late + "/review", "{\"decision\":\"returned\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("comment"));
        mvc.perform(post(head, "/api/v1/letters/" + late + "/review", "{\"decision\":\"returned\",\"comment\":"
                + "\"乾燥対策の提案をひとつ入れてください\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("returned"));
        assertThat(jdbc.sql("select count(*) from notification where user_id = ? and message_key = ?")
                .params(writer.id(), "voice.letter.notice.returned").query(Long.class).single()).isEqualTo(1);
        mvc.perform(post(me, "/api/v1/letters/" + late + "/sent", "{}")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].code").value("LetterNotApproved"));
        writeWholeSet(me, late, "山田 花子様\nおハガキありがとうございました。\n洗顔後すぐの化粧水で乾燥を防げます。");
        mvc.perform(post(me, "/api/v1/letters/" + late + "/submit", "{}")).andExpect(status().isOk());
        mvc.perform(post(head, "/api/v1/letters/" + late + "/review", "{\"decision\":\"approved\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("approved"));
        assertThat(JsonPath.<List<String>>read(mvc.perform(get(me, "/api/v1/letters/" + late + "/reviews")).andReturn()
                .getResponse().getContentAsString(), "$.items[*].decision")).containsExactly("returned", "approved");
        String sent = mvc.perform(post(me, "/api/v1/letters/" + late + "/sent", "{}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("sent")).andExpect(jsonPath("$.overdue").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(sent, "$.activityId")).isNotNull();
        String timeline = mvc.perform(get(me, "/api/v1/companies/" + company + "/timeline")).andReturn().getResponse()
                .getContentAsString();
        assertThat(timeline).contains("ハガキに返信しました", "洗顔後すぐの化粧水");
        assertThat(JsonPath.<List<String>>read(mvc.perform(get(me, "/api/v1/letters").param("filter[companyId]", company)
                .param("filter[status]", "open")).andReturn().getResponse().getContentAsString(), "$.items[*].id"))
                .containsExactly(fresh);
    }

    private void writeWholeSet(String token, String letter, String reply) throws Exception {
        mvc.perform(patch(token, "/api/v1/letters/" + letter, "{\"version\":" + version(letter) + ",\"reply\":\""
                + reply.replace("\n", "\\n") + "\",\"copies\":[\"冬の乾燥に、朝の一滴\",\"うるおいは朝つくる\","
                + "\"乾燥知らずの冬へ\"],\"rough\":\"想定商品: 薬用化粧水 / メインビジュアル: 朝の洗面台\"}"))
                .andExpect(status().isOk());
    }

    private long version(String letter) throws Exception {
        return JsonPath.<Number>read(mvc.perform(get(member, "/api/v1/letters/" + letter)).andReturn().getResponse()
                .getContentAsString(), "$.version").longValue();
    }
}

package dev.kizuna.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.web.Flash;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 14: merging a customer (or a contact) keeps every record every module holds about it. The fixture gives the
 * merged customer a deal with two quotes, a won order with a payment, a task, a playbook run (the survivor runs the
 * same playbook), places on two target lists (one shared with the survivor), a lead, an activity and contact
 * moves; and it must give it a row in every table that the database catalog says points at a customer, so a module
 * that adds such a table fails here until its records are merged and tested.
 */
class MergeKeepsRecordsTest extends CustomerRecordsTestBase {

    @Autowired
    MessageSource messages;

    @Test
    void mergingACustomerMovesEveryRecordOfEveryModuleToTheSurvivor() throws Exception {
        UUID keep = company("小川 智子");
        UUID gone = company("小川 智子(旧)");
        UUID elsewhere = company("移動元商店");
        String contact = create("/api/v1/contacts", "{\"companyId\":\"" + gone + "\",\"name\":\"小川 智子\"}");
        moveContact(create("/api/v1/contacts", "{\"companyId\":\"" + gone + "\",\"name\":\"転出 太郎\"}"), elsewhere);
        moveContact(create("/api/v1/contacts", "{\"companyId\":\"" + elsewhere + "\",\"name\":\"転入 花子\"}"), gone);

        String pipelineJson = pipeline("統合テスト");
        String pipeline = JsonPath.read(pipelineJson, "$.id");
        List<String> stages = JsonPath.read(pipelineJson, "$.stages[*].id");
        String deal = create("/api/v1/deals", "{\"name\":\"定期便の提案\",\"companyId\":\"" + gone + "\",\"contactId\":\""
                + contact + "\",\"pipelineId\":\"" + pipeline + "\",\"amount\":120000}");
        String quote1 = create("/api/v1/quotes", quote(deal));
        String quote2 = create("/api/v1/quotes", quote(deal));
        win(deal, stages);
        String order = awaitOrder(deal);
        String payment = create("/api/v1/payments", "{\"orderId\":\"" + order + "\",\"orderVersion\":"
                + version("/api/v1/orders/" + order) + ",\"amount\":10000}");

        String board = unique("統合テストの板");
        create("/api/v1/boards", "{\"name\":\"" + board + "\"}");
        String boardId = jdbc.sql("select id::text from board where name = ?").param(board).query(String.class).single();
        String task = create("/api/v1/tasks", "{\"boardId\":\"" + boardId + "\",\"title\":\"ロゴデータの確認\",\"companyId\":\""
                + gone + "\"}");
        String playbook = create("/api/v1/playbooks", "{\"name\":\"" + unique("統合テストのフロー")
                + "\",\"trigger\":\"manual\",\"steps\":[{\"kind\":\"wait\",\"title\":\"様子を見る\",\"waitDays\":20},"
                + "{\"kind\":\"post\",\"title\":\"電話でフォロー\",\"board\":\"" + board + "\"}]}");
        String keptRun = create("/api/v1/playbook-runs", "{\"playbookId\":\"" + playbook + "\",\"companyId\":\"" + keep + "\"}");
        String movedRun = create("/api/v1/playbook-runs", "{\"playbookId\":\"" + playbook + "\",\"companyId\":\"" + gone + "\"}");
        UUID shared = targetList(playbook, keep, gone);
        UUID onlyMerged = targetList(playbook, gone);
        UUID lead = UUID.randomUUID();
        jdbc.sql("insert into lead (id, source, company_name, email, company_id) values (?, 'manual', '小川 智子', 'o@example.jp', ?)")
                .params(lead, gone).update();
        UUID card = businessCard(gone, UUID.fromString(contact));
        String activity = create("/api/v1/activities", "{\"companyId\":\"" + gone + "\",\"contactId\":\"" + contact
                + "\",\"channelId\":\"" + option("channel", "電話") + "\",\"typeId\":\"" + option("type", "納期確認")
                + "\",\"outcome\":\"reached\",\"details\":\"納期の確認\"}");

        // Customer success (in 2029, clear of the years the retention report's own tests use).
        String contract = create("/api/v1/contracts", "{\"companyId\":\"" + gone + "\",\"planName\":\"スタンダード\","
                + "\"amount\":30000,\"billing\":\"monthly\",\"startsOn\":\"2029-01-01\",\"endsOn\":\"2029-12-31\"}");
        String successPlan = create("/api/v1/success-plans", "{\"companyId\":\"" + gone + "\",\"templateId\":\""
                + dev.kizuna.success.SuccessTemplates.BUILT_IN + "\",\"goLiveOn\":\"2029-02-01\"}");
        String successRun = jdbc.sql("select playbook_run_id::text from success_plan where id = ?::uuid")
                .param(successPlan).query(String.class).single(); // the plan's checklist runs on the playbook engine
        String meeting = create("/api/v1/meetings", "{\"companyId\":\"" + gone + "\",\"kind\":\"kickoff\","
                + "\"startsAt\":\"2029-01-10T14:00:00+09:00\",\"agenda\":\"導入スケジュール\"}");
        String kpi = create("/api/v1/kpis", "{\"companyId\":\"" + gone + "\",\"name\":\"モバイルオーダー件数\","
                + "\"unit\":\"件\",\"kind\":\"kpi\",\"better\":\"higher\"}");
        String churn = create("/api/v1/churns", "{\"contractId\":\"" + contract + "\",\"version\":0,"
                + "\"churnedOn\":\"2029-06-01\",\"reasonId\":\"0d5e1c00-0000-4000-8000-000000000101\"}");
        // Marketing (retention): a subscription (定期便).
        String product = create("/api/v1/products", "{\"code\":\"" + unique("SUB") + "\",\"name\":\"薬用化粧水\","
                + "\"unitPrice\":3000,\"taxRate\":10}");
        String subscription = create("/api/v1/subscriptions", "{\"companyId\":\"" + gone + "\",\"items\":[{\"productId\":\""
                + product + "\"}],\"cycleUnit\":\"days\",\"cycleEvery\":30,\"nextDeliveryOn\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1) + "\"}");

        // Marketing (campaigns branch): a step sequence's enrolment, its logged mail; the merged record's postal opt-out
        // (DM・郵送物 不要, a column of the customer since h20) holds on the survivor.
        UUID mailTemplate = UUID.randomUUID();
        UUID stepSequence = UUID.randomUUID();
        UUID enrollment = UUID.randomUUID();
        jdbc.sql("insert into email_template (id, name, subject, body_text) values (?, '統合テスト', '件名', '本文')")
                .param(mailTemplate).update();
        jdbc.sql("insert into step_sequence (id, name, trigger_kind) values (?, '統合テスト', 'first_purchase')")
                .param(stepSequence).update();
        jdbc.sql("insert into sequence_enrollment (id, sequence_id, company_id, status, started_on) values (?, ?, ?,"
                + " 'active', date '2029-03-01')").params(enrollment, stepSequence, gone).update();
        jdbc.sql("insert into marketing_mail (id, enrollment_id, step, company_id, template_id, to_address,"
                + " unsubscribe_token) values (?, ?, 1, ?, ?, 'gone@example.jp', ?)").params(UUID.randomUUID(),
                enrollment, gone, mailTemplate, UUID.randomUUID().toString()).update();
        jdbc.sql("update company set postal_opt_out_at = now() where id = ?").param(gone).update();

        // Voice of the customer: an item the merged customer (and its contact) said, voted for by it.
        String feedback = create("/api/v1/feedback", "{\"kind\":\"request\",\"body\":\"請求書をまとめて出したい\","
                + "\"companyId\":\"" + gone + "\",\"contactId\":\"" + contact + "\"}");
        // Health scores (issue 18): a usage figure, a score with its day's snapshot, and what the score started.
        create("/api/v1/usage-metrics", "{\"metric\":\"portal.activeUserRate\",\"customer\":\"" + gone
                + "\",\"date\":\"2029-03-01\",\"value\":55}", true);
        UUID healthModel = UUID.randomUUID();
        jdbc.sql("insert into success_health_model (id, model_key, name, definition) values (?, ?, ?, '{}'::jsonb)")
                .params(healthModel, healthModel, unique("統合テストのモデル")).update();
        jdbc.sql("""
                insert into success_health_score (company_id, model_id, model_number, score, band, band_since, components,
                    computed_on) values (?, ?, 1, 35, 'danger', date '2029-03-01', '[]'::jsonb, date '2029-03-01')
                """).params(gone, healthModel).update();
        jdbc.sql("""
                insert into success_health_snapshot (company_id, snapshot_on, model_id, model_number, score, band,
                    components) values (?, date '2029-03-01', ?, 1, 35, 'danger', '[]'::jsonb)
                """).params(gone, healthModel).update();
        UUID healthAction = UUID.randomUUID();
        jdbc.sql("insert into success_health_action (id, company_id, kind, band, score, reason) values (?, ?, 'drop_alert',"
                + " 'danger', 35, 'score 80 → 35 within 14 days')").params(healthAction, gone).update();
        // A customer keeps one current score and one snapshot a day: where both have one, the survivor's stays.
        Map<String, Long> collapsed = new HashMap<>();
        collapsed.put("target_list_member.company_id", 1L);
        collapsed.put("success_health_score.company_id", jdbc.sql("""
                select count(*) from success_health_score a join success_health_score b on b.company_id = ?
                 where a.company_id = ?""").params(keep, gone).query(Long.class).single());
        collapsed.put("success_health_snapshot.company_id", jdbc.sql("""
                select count(*) from success_health_snapshot a join success_health_snapshot b
                    on b.company_id = ? and b.snapshot_on = a.snapshot_on where a.company_id = ?""")
                .params(keep, gone).query(Long.class).single());
        collapsed.put("success_usage_metric.company_id", jdbc.sql("""
                select count(*) from success_usage_metric a join success_usage_metric b on b.company_id = ?
                    and b.metric = a.metric and b.measured_on = a.measured_on where a.company_id = ?""")
                .params(keep, gone).query(Long.class).single());

        surveyAnswer(gone, UUID.fromString(contact));
        // The postcard reply desk: a postcard the merged customer's contact wrote.
        String letter = create("/api/v1/letters", "{\"companyId\":\"" + gone + "\",\"contactId\":\"" + contact
                + "\",\"body\":\"いつも化粧水を愛用しています。\"}");

        var keys = CustomerForeignKeys.to(jdbc, "company");
        Map<String, Long> keepBefore = new HashMap<>();
        Map<String, Long> goneBefore = new HashMap<>();
        for (var key : keys) {
            keepBefore.put(key.name(), CustomerForeignKeys.count(jdbc, key, keep));
            goneBefore.put(key.name(), CustomerForeignKeys.count(jdbc, key, gone));
        }
        assertThat(goneBefore).as("the merged customer has a row in every table that points at a customer;"
                + " a new table needs a row here and a CustomerRecords handler in its module")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        String answer = mvc.perform(post(manager, "/api/v1/companies/" + keep + "/merge", "{\"mergeId\":\"" + gone
                        + "\",\"version\":" + version("/api/v1/companies/" + keep) + ",\"mergeVersion\":"
                        + version("/api/v1/companies/" + gone) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(keep.toString()))
                .andReturn().getResponse().getContentAsString();

        for (var key : keys) {
            assertThat(CustomerForeignKeys.count(jdbc, key, keep)).as(key.name())
                    .isEqualTo(keepBefore.get(key.name()) + goneBefore.get(key.name())
                            - collapsed.getOrDefault(key.name(), 0L));
        }
        assertThat(companyOf("deal", deal)).isEqualTo(keep);
        assertThat(companyOf("quote", quote1)).isEqualTo(keep);
        assertThat(companyOf("quote", quote2)).isEqualTo(keep);
        assertThat(companyOf("sales_order", order)).isEqualTo(keep);
        assertThat(companyOf("task", task)).isEqualTo(keep);
        assertThat(companyOf("playbook_run", keptRun)).isEqualTo(keep);
        assertThat(companyOf("playbook_run", movedRun)).isEqualTo(keep);
        assertThat(companyOf("activity", activity)).isEqualTo(keep);
        assertThat(companyOf("lead", lead.toString())).isEqualTo(keep);
        mvc.perform(get(manager, "/api/v1/orders/" + order)).andExpect(jsonPath("$.companyId").value(keep.toString()))
                .andExpect(jsonPath("$.paidAmount.amount").value(10000));
        mvc.perform(get(manager, "/api/v1/payments/" + payment)).andExpect(status().isOk())
                .andExpect(jsonPath("$.companyId").value(keep.toString()));
        assertThat(jdbc.sql("select list_id from target_list_member where company_id = ?").param(keep).query(UUID.class)
                .list()).containsExactlyInAnyOrder(shared, onlyMerged);
        assertThat(jdbc.sql("select count(*) from task_event where company_id = ?").param(gone).query(Long.class)
                .single()).isZero();

        assertThat(moved(answer, "orders")).containsExactly(order);
        assertThat(moved(answer, "payments")).containsExactly(payment);
        assertThat(moved(answer, "quotes")).containsExactlyInAnyOrder(quote1, quote2);
        assertThat(moved(answer, "deals")).containsExactly(deal);
        assertThat(moved(answer, "tasks")).contains(task);
        assertThat(moved(answer, "playbookRuns")).containsExactlyInAnyOrder(movedRun, successRun);
        assertThat(moved(answer, "playbookRunsKeptBoth")).containsExactly(movedRun);
        assertThat(moved(answer, "targetListDuplicates")).containsExactly(shared.toString());
        assertThat(moved(answer, "leads")).containsExactly(lead.toString());
        assertThat(moved(answer, "successPlans")).containsExactly(successPlan);
        assertThat(moved(answer, "meetings")).contains(meeting).hasSize(3); // the kickoff and the two reviews the plan proposed
        assertThat(moved(answer, "kpis")).containsExactly(kpi);
        assertThat(moved(answer, "contracts")).containsExactly(contract);
        assertThat(moved(answer, "churns")).containsExactly(churn);
        assertThat(moved(answer, "feedback")).containsExactly(feedback);
        assertThat(moved(answer, "feedbackVotes")).hasSize(1);
        assertThat(moved(answer, "subscriptions")).containsExactly(subscription);
        assertThat(moved(answer, "sequenceEnrollments")).containsExactly(enrollment.toString());
        assertThat(moved(answer, "marketingMails")).hasSize(1);
        assertThat(jdbc.sql("select postal_opt_out_at is not null from company where id = ?").param(keep)
                .query(Boolean.class).single()).as("the merged record's postal opt-out holds").isTrue();
        assertThat(moved(answer, "healthActions")).containsExactly(healthAction.toString());
        assertThat(moved(answer, "businessCards")).containsExactly(card.toString());
        assertThat(moved(answer, "surveyInvitations")).hasSize(1);
        assertThat(moved(answer, "surveyResponses")).hasSize(1);
        assertThat(moved(answer, "letters")).containsExactly(letter);
        String audit = jdbc.sql("select after_value::text from audit_event where action = 'company.merged'"
                + " and object_id = ? order by id desc limit 1").param(keep.toString()).query(String.class).single();
        assertThat(JsonPath.<List<String>>read(audit, "$.moved[?(@.kind == 'orders')].ids[0]")).containsExactly(order);
        assertThat(JsonPath.<List<String>>read(audit, "$.moved[?(@.kind == 'playbookRunsKeptBoth')].module"))
                .containsExactly("work");
    }

    @Test
    void theComparePageSaysTheRecordsMoveAndTheMessageAfterwardsListsThem() throws Exception {
        UUID keep = company("小川 智子");
        UUID gone = company("小川 智子(旧)");
        wonOrder(gone, "定期便の提案");
        var account = accounts.create(PermissionLevel.MANAGER);
        Cookie session = mvc.perform(formLogin("/login").user("email", account.email())
                        .password(account.password()))
                .andReturn().getResponse().getCookie("SESSION");

        String page = mvc.perform(MockMvcRequestBuilders.get("/customers/merge").param("keep", keep.toString()).param("merge", gone.toString())
                        .cookie(session).header("Accept-Language", "ja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"merge-records\"", "受注 1件", "商談 1件");

        var merged = mvc.perform(MockMvcRequestBuilders.post("/customers/merge").param("keep", keep.toString()).param("merge", gone.toString())
                        .param("keepVersion", String.valueOf(version("/api/v1/companies/" + keep)))
                        .param("mergeVersion", String.valueOf(version("/api/v1/companies/" + gone)))
                        .param("confirmed", "true").cookie(session).header("Accept-Language", "ja")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        var flash = (Flash) merged.getFlashMap().get("flash");
        assertThat(flash.key()).isEqualTo("merge.doneMoved");
        assertThat(messages.getMessage(flash.key(), flash.args(), Locale.JAPANESE))
                .contains("移したもの", "商談 1件", "受注 1件");
    }

    @Test
    void mergingAContactMovesItsDealsActivitiesAndHistory() throws Exception {
        UUID company = company("さくら精機");
        UUID other = company("さくら精機 旧本社");
        String keep = create("/api/v1/contacts", "{\"companyId\":\"" + company + "\",\"name\":\"佐藤 一郎\"}");
        String gone = create("/api/v1/contacts", "{\"companyId\":\"" + other + "\",\"name\":\"佐藤 一郎\"}");
        moveContact(gone, company);
        String pipeline = JsonPath.read(pipeline("担当者統合"), "$.id");
        String deal = create("/api/v1/deals", "{\"name\":\"保守契約\",\"companyId\":\"" + company + "\",\"contactId\":\""
                + gone + "\",\"pipelineId\":\"" + pipeline + "\",\"amount\":50000}");
        String activity = create("/api/v1/activities", "{\"companyId\":\"" + company + "\",\"contactId\":\"" + gone
                + "\",\"channelId\":\"" + option("channel", "電話") + "\",\"typeId\":\"" + option("type", "納期確認")
                + "\",\"outcome\":\"reached\",\"details\":\"担当者の確認\"}");
        String feedback = create("/api/v1/feedback", "{\"kind\":\"praise\",\"body\":\"対応が早くて助かった\","
                + "\"companyId\":\"" + company + "\",\"contactId\":\"" + gone + "\"}");
        surveyAnswer(company, UUID.fromString(gone));
        String letter = create("/api/v1/letters", "{\"companyId\":\"" + company + "\",\"contactId\":\"" + gone
                + "\",\"body\":\"いつも丁寧な対応をありがとうございます。\"}");
        UUID goneId = UUID.fromString(gone);
        UUID card = businessCard(company, goneId);
        var keys = CustomerForeignKeys.to(jdbc, "contact");
        Map<String, Long> goneBefore = new HashMap<>();
        for (var key : keys) {
            goneBefore.put(key.name(), CustomerForeignKeys.count(jdbc, key, goneId));
        }
        assertThat(goneBefore).as("the merged contact has a row in every table that points at a contact")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        String answer = mvc.perform(post(manager, "/api/v1/contacts/" + keep + "/merge", "{\"mergeId\":\"" + gone
                        + "\",\"version\":" + version("/api/v1/contacts/" + keep) + ",\"mergeVersion\":"
                        + version("/api/v1/contacts/" + gone) + "}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        for (var key : keys) {
            assertThat(CustomerForeignKeys.count(jdbc, key, UUID.fromString(keep))).as(key.name())
                    .isGreaterThanOrEqualTo(goneBefore.get(key.name()));
        }
        assertThat(jdbc.sql("select contact_id::text from deal where id = ?").param(UUID.fromString(deal))
                .query(String.class).single()).isEqualTo(keep);
        assertThat(jdbc.sql("select contact_id::text from activity where id = ?").param(UUID.fromString(activity))
                .query(String.class).single()).isEqualTo(keep);
        assertThat(moved(answer, "deals")).containsExactly(deal);
        assertThat(moved(answer, "activities")).containsExactly(activity);
        assertThat(moved(answer, "feedback")).containsExactly(feedback);
        assertThat(moved(answer, "letters")).containsExactly(letter);
        assertThat(jdbc.sql("select contact_id::text from business_card where id = ?").param(card)
                .query(String.class).single()).isEqualTo(keep);
    }

    /** A business card confirmed into this contact at this customer (cards module; written as its reader would). */
    private UUID businessCard(UUID companyId, UUID contactId) {
        UUID card = UUID.randomUUID();
        jdbc.sql("""
                insert into business_card (id, status, file_key, file_name, content_type, file_size, owner_id,
                    company_id, contact_id) values (?, 'reviewed', 'none', 'card.png', 'image/png', 1,
                    (select id from app_user order by created_at limit 1), ?, ?)""")
                .params(card, companyId, contactId).update();
        return card;
    }

    /** A survey link sent to the contact and its answer (rows as the public page leaves them). */
    private void surveyAnswer(UUID companyId, UUID contactId) throws Exception {
        String survey = create("/api/v1/surveys", "{\"title\":\"満足度\",\"questions\":[{\"kind\":\"nps\",\"label\":\"おすすめ度\"}]}");
        UUID invitation = UUID.randomUUID();
        jdbc.sql("insert into voice_survey_invitation (id, survey_id, token_hash, company_id, contact_id) values (?, ?::uuid, ?, ?, ?)")
                .params(invitation, survey, UUID.randomUUID().toString(), companyId, contactId).update();
        jdbc.sql("insert into voice_survey_response (id, survey_id, invitation_id, company_id, contact_id, nps) values (?, ?::uuid, ?, ?, ?, 9)")
                .params(UUID.randomUUID(), survey, invitation, companyId, contactId).update();
    }
}

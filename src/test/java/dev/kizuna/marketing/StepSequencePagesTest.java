package dev.kizuna.marketing;

import static dev.kizuna.marketing.MarketingMailTestData.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.SearchTags;
import dev.kizuna.support.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Step e-mails created and changed on the web with the API's service: errors at the field (the step's row named),
 * what was typed kept, a stale version said, the segment removable, stopping and deleting asked first and audited,
 * a sequence customers went through not deletable, and a viewer kept out.
 */
class StepSequencePagesTest extends ApiTestBase {

    private TestAccounts.Account member;
    private MarketingMailTestData data;
    private String template;
    private String segment;

    @BeforeEach
    void fixture() throws Exception {
        member = accounts.create(PermissionLevel.MEMBER);
        data = new MarketingMailTestData(mvc, jdbc, accounts.token(member), SearchTags.next());
        template = data.template("{{氏名}}さま、ご購入ありがとうございます", "お礼の本文");
        segment = data.segmentOfTag();
    }

    private MockHttpServletRequestBuilder sequence(Cookie session, String path, String name) {
        return form(session, path).param("name", name).param("trigger", "first_purchase").param("triggerDays", "")
                .param("segmentId", segment).param("sd", "0", "３", "").param("su", "days", "business", "days")
                .param("st", template, template, "");
    }

    @Test
    void aBadSequenceKeepsWhatWasTypedWithEachErrorAtItsField() throws Exception {
        Cookie en = data.signIn(member, "en");
        mvc.perform(form(en, "/marketing/sequences/new").param("name", "").param("trigger", "no_order")
                .param("triggerDays", "abc").param("segmentId", segment).param("sd", "400", "3", "")
                .param("su", "days", "business", "days").param("st", template, "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"form-errors\"")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("id=\"triggerDays-error\"")))
                .andExpect(content().string(containsString("id=\"steps[0].delayDays-error\"")))
                .andExpect(content().string(containsString("Step 1: Wait (days) must be between 0 and 365.")))
                .andExpect(content().string(containsString("Step 2: Template is required.")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("value=\"400\"")))
                .andExpect(content().string(containsString("<option value=\"business\" selected=\"selected\"")));
        Cookie ja = data.signIn(member, "ja");
        mvc.perform(form(ja, "/marketing/sequences/new").param("name", "初回購入フォロー " + data.tag())
                .param("trigger", "first_purchase").param("sd", "1").param("su", "days").param("st", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1通目: テンプレートを入力してください。")))
                .andExpect(content().string(containsString("value=\"初回購入フォロー " + data.tag() + "\"")));
        assertThat(jdbc.sql("select count(*) from step_sequence where name like ?").param("%" + data.tag() + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMemberCreatesAndChangesASequenceAndAStaleVersionKeepsTheForm() throws Exception {
        Cookie en = data.signIn(member, "en");
        String location = mvc.perform(sequence(en, "/marketing/sequences/new", "初回購入フォロー " + data.tag()))
                .andExpect(redirectedUrlPattern("/marketing/sequences/*")).andReturn().getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select position || ':' || delay_days || ':' || business_days from step_sequence_step"
                + " where sequence_id = ? order by position").param(id).query(String.class).list())
                .containsExactly("1:0:false", "2:3:true");
        assertThat(jdbc.sql("select active and segment_id is not null from step_sequence where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(en)).andExpect(status().isOk())
                .andExpect(content().string(containsString("3 business day(s) later")))
                .andExpect(content().string(containsString("data-testid=\"edit-sequence\"")));
        mvc.perform(MockMvcRequestBuilders.get(location + "/edit").cookie(en)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"初回購入フォロー " + data.tag() + "\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(form(en, location + "/edit").param("version", "0").param("name", "お礼 " + data.tag())
                .param("trigger", "f2_reached").param("segmentId", "").param("sd", "2").param("su", "days")
                .param("st", template)).andExpect(redirectedUrl(location));
        assertThat(jdbc.sql("select name || ':' || trigger_kind || ':' || (segment_id is null) || ':' || version"
                + " from step_sequence where id = ?").param(id).query(String.class).single())
                .isEqualTo("お礼 " + data.tag() + ":f2_reached:true:1");
        mvc.perform(form(en, location + "/edit").param("version", "0").param("name", "古い版 " + data.tag())
                .param("trigger", "f2_reached").param("sd", "2").param("su", "days").param("st", template))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"stale\"")))
                .andExpect(content().string(containsString("value=\"古い版 " + data.tag() + "\"")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'step_sequence.changed' and object_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void stoppingAndDeletingAskFirstAreAuditedAndASequenceCustomersWentThroughIsNotDeleted() throws Exception {
        Cookie ja = data.signIn(member, "ja");
        String location = mvc.perform(sequence(ja, "/marketing/sequences/new", "誕生月 " + data.tag()))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        UUID customer = data.customer("配信 花子", data.tag() + "@example.jp", true);
        jdbc.sql("insert into sequence_enrollment (id, sequence_id, company_id, status, started_on, next_step,"
                + " next_due_on) values (?, ?, ?, 'active', ?, 1, ?)").params(UUID.randomUUID(), id, customer,
                LocalDate.now(), LocalDate.now().plusDays(3)).update();
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(ja))
                .andExpect(content().string(containsString("data-confirm=\"ステップメール「誕生月 " + data.tag()
                        + "」を停止しますか？")))
                .andExpect(content().string(containsString("data-confirm=\"ステップメール「誕生月 " + data.tag()
                        + "」を削除しますか？")));

        mvc.perform(form(ja, location + "/stop").param("version", "0")).andExpect(redirectedUrl(location));
        assertThat(jdbc.sql("select active from step_sequence where id = ?").param(id).query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("select status || ':' || stop_reason from sequence_enrollment where sequence_id = ?")
                .param(id).query(String.class).single()).isEqualTo("stopped:sequence inactive");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'step_sequence.stopped' and object_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(ja))
                .andExpect(content().string(containsString("data-testid=\"restart-sequence\"")));

        mvc.perform(form(ja, location + "/delete")).andExpect(status().isOk())
                .andExpect(content().string(containsString("すでに配信したお客さまがいるため削除できません")));
        assertThat(jdbc.sql("select count(*) from step_sequence where id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);

        String fresh = mvc.perform(sequence(ja, "/marketing/sequences/new", "未使用 " + data.tag())).andReturn()
                .getResponse().getRedirectedUrl();
        String freshId = fresh.substring(fresh.lastIndexOf('/') + 1);
        mvc.perform(form(ja, fresh + "/delete")).andExpect(redirectedUrl("/marketing/sequences"));
        assertThat(jdbc.sql("select count(*) from step_sequence where id = ?").param(UUID.fromString(freshId))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'step_sequence.deleted' and object_id = ?")
                .param(freshId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aViewerCannotOpenOrPostTheEditorOrStopASequence() throws Exception {
        Cookie memberSession = data.signIn(member, "en");
        String location = mvc.perform(sequence(memberSession, "/marketing/sequences/new", "閲覧 " + data.tag()))
                .andReturn().getResponse().getRedirectedUrl();
        Cookie viewer = data.signIn(accounts.create(PermissionLevel.VIEWER), "en");
        mvc.perform(MockMvcRequestBuilders.get("/marketing/sequences/new").cookie(viewer))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get(location + "/edit").cookie(viewer)).andExpect(status().isForbidden());
        mvc.perform(sequence(viewer, "/marketing/sequences/new", "x " + data.tag())).andExpect(status().isForbidden());
        mvc.perform(form(viewer, location + "/stop").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(form(viewer, location + "/delete")).andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get(location).cookie(viewer)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"stop-sequence\""))));
        assertThat(jdbc.sql("select active from step_sequence where name = ?").param("閲覧 " + data.tag())
                .query(Boolean.class).single()).isTrue();
    }
}

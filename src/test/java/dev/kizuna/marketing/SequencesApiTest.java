package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Step sequences stopped, restarted and deleted through the API as on the web: a stop ends everyone going through it
 * and is audited; a sequence nobody went through is deleted (audited); one customers went through is refused with
 * 409 and keeps its enrolments.
 */
class SequencesApiTest extends ApiTestBase {

    @Autowired
    StepSequences sequences;

    private String member;
    private MarketingMailTestData data;
    private String template;

    @BeforeEach
    void setUp() throws Exception {
        member = tokenFor(PermissionLevel.MEMBER);
        data = new MarketingMailTestData(mvc, jdbc, member, unique("seq"));
        template = data.template("ご購入ありがとうございます", "{{氏名}}様、ありがとうございます。");
    }

    /**
     * A first-purchase sequence left active would start on every customer's first purchase in the shared database
     * (StepSequenceMailTest found other tests' mails among its own): this test's sequences end inactive.
     */
    @org.junit.jupiter.api.AfterEach
    void stopThisTestsSequences() {
        jdbc.sql("update step_sequence set active = false where name like ?").param(data.tag() + "%").update();
    }

    private String sequence() throws Exception {
        return data.create("/api/v1/sequences", "{\"name\":\"" + unique(data.tag()) + "\",\"trigger\":\"first_purchase\","
                + "\"steps\":[{\"delayDays\":3,\"templateId\":\"" + template + "\"}]}");
    }

    private long version(String id) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get(member, "/api/v1/sequences/" + id)).andReturn().getResponse()
                .getContentAsString(), "$.version")).longValue();
    }

    private long audited(String action, String id) {
        return jdbc.sql("select count(*) from audit_event where action = ? and object_id = ?").params(action, id)
                .query(Long.class).single();
    }

    private UUID enrol(String sequence) throws Exception {
        UUID customer = data.customer("定期 花子", data.tag() + "-" + UUID.randomUUID() + "@example.jp", true);
        StepSequence q = SystemActor.call(() -> sequences.find(UUID.fromString(sequence)));
        assertThat(SystemActor.call(() -> sequences.startOne(q, customer, LocalDate.now()))).isTrue();
        return customer;
    }

    @Test
    void aStopEndsEveryoneGoingThroughItAndIsAuditedAndARestartTurnsItBackOn() throws Exception {
        String id = sequence();
        UUID customer = enrol(id);
        mvc.perform(post(member, "/api/v1/sequences/" + id + "/stop", "{\"version\":99}"))
                .andExpect(status().isConflict());
        mvc.perform(post(tokenFor(PermissionLevel.VIEWER), "/api/v1/sequences/" + id + "/stop",
                "{\"version\":" + version(id) + "}")).andExpect(status().isForbidden());
        mvc.perform(post(member, "/api/v1/sequences/" + id + "/stop", "{\"version\":" + version(id) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get(member, "/api/v1/sequences/" + id + "/enrollments").param("companyId", customer.toString()))
                .andExpect(jsonPath("$.items[0].status").value("stopped"))
                .andExpect(jsonPath("$.items[0].stopReason").value("sequence inactive"));
        assertThat(audited("step_sequence.stopped", id)).isEqualTo(1);
        mvc.perform(post(member, "/api/v1/sequences/" + id + "/restart", "{}").header("If-Match",
                "\"" + version(id) + "\"")).andExpect(status().isOk()).andExpect(jsonPath("$.active").value(true));
        assertThat(audited("step_sequence.restarted", id)).isEqualTo(1);
    }

    @Test
    void aSequenceNobodyWentThroughIsDeletedAndOneCustomersWentThroughIsRefused() throws Exception {
        String unused = sequence();
        mvc.perform(delete(tokenFor(PermissionLevel.VIEWER), "/api/v1/sequences/" + unused))
                .andExpect(status().isForbidden());
        mvc.perform(delete(member, "/api/v1/sequences/" + unused)).andExpect(status().isNoContent());
        mvc.perform(get(member, "/api/v1/sequences/" + unused)).andExpect(status().isNotFound());
        assertThat(audited("step_sequence.deleted", unused)).isEqualTo(1);

        String used = sequence();
        UUID customer = enrol(used);
        mvc.perform(delete(member, "/api/v1/sequences/" + used).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("sequence"))
                .andExpect(jsonPath("$.errors[0].code").value("MarketingSequenceInUse"));
        mvc.perform(get(member, "/api/v1/sequences/" + used)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from sequence_enrollment where sequence_id = ?::uuid and company_id = ?")
                .params(used, customer).query(Long.class).single()).isEqualTo(1);
        mvc.perform(delete(member, "/api/v1/sequences/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }
}

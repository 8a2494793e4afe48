package dev.kizuna.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A customer who used an unsubscribe link gets no playbook e-mail either: the users' guide promises the unsubscribe
 * holds "for every mail Kizuna sends". The run goes on past the step and its history says why nothing went. A customer
 * who simply never agreed to marketing mail (メール配信: 不可, the default) still gets a playbook's service e-mail:
 * seed 000's "5 unanswered calls → e-mail the guide" is written to customers who ordered by phone.
 */
class PlaybookMailConsentTest extends ApiTestBase {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    PlaybookMailer mailer;
    @Autowired
    dev.kizuna.customers.CustomerConsents consents;

    private String manager;
    private String playbook;

    @BeforeEach
    void mailOnAndAPlaybook() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        mailer.useSender(sender);
        manager = tokenFor(PermissionLevel.MANAGER);
        playbook = JsonPath.read(mvc.perform(post(manager, "/api/v1/playbooks", "{\"name\":\"" + unique("ご案内メール")
                        + "\",\"trigger\":\"manual\",\"steps\":[{\"kind\":\"email\",\"subject\":\"ご利用方法のご案内\","
                        + "\"body\":\"いつもお世話になっております。\"}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @AfterEach
    void mailOff() {
        mailer.useSender(null);
    }

    private String customer(boolean acceptsEmail, String address) throws Exception {
        return JsonPath.read(mvc.perform(post(manager, "/api/v1/companies", "{\"name\":\""
                        + unique("株式会社みなと化粧品") + "\",\"nameKana\":\"ミナトケショウヒン\",\"email\":\"" + address
                        + "\",\"emailOptIn\":" + acceptsEmail + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String runFor(String company) throws Exception {
        String run = JsonPath.read(mvc.perform(post(manager, "/api/v1/playbook-runs", "{\"playbookId\":\"" + playbook
                        + "\",\"companyId\":\"" + company + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select status from playbook_run where id = ?").param(UUID.fromString(run)).query(String.class)
                .single(), "done"::equals);
        return run;
    }

    private long mailsTo(String address) {
        return java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void aCustomerWhoUnsubscribedGetsNoneAndTheRunSaysWhy() throws Exception {
        String address = "kouhou-" + UUID.randomUUID() + "@minato-cosme.example.jp";
        String company = customer(true, address);
        assertThat(dev.kizuna.platform.security.SystemActor.call(() -> consents.optOutOfEmail(UUID.fromString(company))))
                .isTrue(); // as the unsubscribe link does
        String run = runFor(company);
        assertThat(mailsTo(address)).isZero();
        mvc.perform(get(manager, "/api/v1/playbook-runs/{id}", run)).andExpect(jsonPath("$.status").value("done"));
        assertThat(jdbc.sql("select count(*) from playbook_run_event where run_id = ? and kind = 'email-refused'")
                .param(UUID.fromString(run)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from playbook_mail where run_id = ?").param(UUID.fromString(run))
                .query(Long.class).single()).as("nothing recorded as sent").isZero();

        // メール配信 可 again (the customer asked for mail again): the next run's e-mail goes
        String body = mvc.perform(get(manager, "/api/v1/companies/{id}", company)).andReturn().getResponse()
                .getContentAsString();
        long version = ((Number) JsonPath.read(body, "$.version")).longValue();
        mvc.perform(patch(manager, "/api/v1/companies/{id}", "{\"version\":" + version + ",\"emailOptIn\":true}", company))
                .andExpect(status().isOk());
        runFor(company);
        assertThat(mailsTo(address)).isEqualTo(1);
    }

    @Test
    void aCustomerWhoNeverAgreedToMarketingMailStillGetsTheServiceMail() throws Exception {
        String address = "soumu-" + UUID.randomUUID() + "@minato-cosme.example.jp";
        runFor(customer(false, address));
        assertThat(mailsTo(address)).isEqualTo(1);
    }
}

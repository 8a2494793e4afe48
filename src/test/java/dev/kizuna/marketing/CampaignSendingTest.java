package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A campaign sent to a segment, through the in-process GreenMail: only opted-in customers get it, each exactly once
 * although an instance died holding two claimed rows and two instances send at the same time; every mail names the
 * sender and carries the unsubscribe link and List-Unsubscribe headers. With the mail server down a mail is tried
 * again with back-off and then marked failed with the reason, visible in the recipients log.
 */
class CampaignSendingTest extends ApiTestBase {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MarketingMailer mailer;
    @Autowired
    MarketingMailSending sending;
    @Autowired
    MarketingMailRepository mails;

    private MarketingMailTestData data;
    private String member;

    @BeforeEach
    void setUp() {
        member = tokenFor(PermissionLevel.MEMBER);
        data = new MarketingMailTestData(mvc, jdbc, member, unique("camp"));
        data.mailSettings(60_000, 3);
        mailer.useSender(sender(greenMail.getSmtp().getPort()));
    }

    @AfterEach
    void mailOff() {
        mailer.useSender(null); // the context is shared: no later test may mail a stopped GreenMail
    }

    private static JavaMailSenderImpl sender(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    private String campaign(String template) throws Exception {
        String id = data.create("/api/v1/campaigns", "{\"name\":\"" + data.tag() + "\",\"templateId\":\"" + template
                + "\",\"segmentId\":\"" + data.segmentOfTag() + "\"}");
        mvc.perform(post(member, "/api/v1/campaigns/" + id + "/send", "{\"version\":0}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("sending"));
        return id;
    }

    @Test
    void everyOptedInCustomerGetsTheMailExactlyOnceThoughAnInstanceDiedMidCampaign() throws Exception {
        List<UUID> customers = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String address = data.tag() + "-" + i + "@example.jp";
            customers.add(data.customer("顧客" + i, address, true));
            addresses.add(address);
        }
        UUID refused = data.customer("不同意", data.tag() + "-no@example.jp", false);
        customers.add(refused);
        mailer.useSender(null); // nothing goes out (not even by the application's own job) until the instance has died
        String id = campaign(data.template("{{氏名}}様へ冬のご案内", "{{氏名}}様、いつもありがとうございます。"));
        mvc.perform(get(member, "/api/v1/campaigns/" + id)).andExpect(jsonPath("$.recipients").value(6));

        // An instance claims two rows and dies before sending them: its lease has run out.
        List<MarketingMail.Claimed> orphaned = mails.claim("dead-instance", Instant.now(), Instant.now()
                .minusSeconds(1), 2);
        assertThat(orphaned).hasSize(2);
        mailer.useSender(sender(greenMail.getSmtp().getPort()));
        // Two live instances (and the application's own job) work through the rest at the same time.
        data.drained(customers, () -> CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> SystemActor.run(() -> sending.sendDue("instance-a", Instant.now()))),
                CompletableFuture.runAsync(() -> SystemActor.run(() -> sending.sendDue("instance-b", Instant.now()))))
                .join());

        List<String> got = MarketingMailTestData.recipients(greenMail.getReceivedMessages()).stream()
                .filter(a -> a.contains(data.tag())).toList();
        assertThat(got).containsExactlyInAnyOrderElementsOf(addresses);
        String recipients = mvc.perform(get(member, "/api/v1/campaigns/" + id + "/recipients?filter[status]=sent"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(recipients, "$.items[*].to")).hasSize(6);
        mvc.perform(get(member, "/api/v1/campaigns/" + id)).andExpect(jsonPath("$.status").value("sent"));

        MimeMessage one = java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> MarketingMailTestData.recipients(new MimeMessage[] {m}).getFirst().equals(addresses
                        .getFirst())).findFirst().orElseThrow();
        assertThat(one.getHeader("List-Unsubscribe")[0]).matches("<.*/u/[0-9a-f]{64}>");
        assertThat(one.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(((jakarta.mail.internet.InternetAddress) one.getFrom()[0]).getPersonal()).isEqualTo("株式会社シミウス");
        assertThat(one.getSubject()).startsWith("顧客0-");
        String body = GreenMailUtil.getBody(one);
        assertThat(body).contains("/u/");
    }

    /** The campaign's one mail once no sender holds it (status sending means an attempt is under way). */
    private MarketingMail settled(UUID campaign) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        MarketingMail mail = mails.ofCampaign(campaign, null, null, 10).getFirst();
        while ("sending".equals(mail.status()) && System.nanoTime() < until) {
            Thread.sleep(100);
            mail = mails.ofCampaign(campaign, null, null, 10).getFirst();
        }
        return mail;
    }

    @Test
    void withTheMailServerDownAMailIsTriedAgainWithBackOffThenFailsVisibly() throws Exception {
        mailer.useSender(sender(closedPort()));
        UUID customer = data.customer("不達", data.tag() + "@example.jp", true);
        String id = campaign(data.template("お知らせ", "本文"));
        Instant now = Instant.now();
        SystemActor.run(() -> sending.sendDue(now));
        // the application's own mail job (every 5 s) may have claimed the mail first: its attempt is the same one
        MarketingMail first = settled(UUID.fromString(id));
        assertThat(first.status()).isEqualTo("queued");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();
        assertThat(first.nextAttemptAt()).isAfter(now.plusSeconds(30));

        for (int i = 1; i <= 5 && !mails.ofCampaign(UUID.fromString(id), "failed", null, 1).iterator().hasNext(); i++) {
            Instant later = now.plus(Duration.ofHours(i * 7L));
            SystemActor.run(() -> sending.sendDue(later));
        }
        MarketingMail failed = mails.ofCampaign(UUID.fromString(id), null, null, 10).getFirst();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.attempts()).isEqualTo(3);
        mvc.perform(get(member, "/api/v1/campaigns/" + id + "/recipients?filter[status]=failed"))
                .andExpect(jsonPath("$.items[0].companyId").value(customer.toString()))
                .andExpect(jsonPath("$.items[0].lastError").isNotEmpty());
        mvc.perform(get(member, "/api/v1/campaigns/" + id + "/progress")).andExpect(jsonPath("$.failed").value(1));
    }

    private static int closedPort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

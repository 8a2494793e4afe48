package dev.kizuna.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.TestAccounts;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The morning digest: a person who asked for it gets one e-mail with yesterday's unread notifications, in their
 * language, once a day however often the job runs; read ones and other people's stay out.
 */
class NotificationMailTest extends ApiTestBase {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    NotificationMail digest;

    @AfterEach
    void off() {
        jdbc.sql("delete from notification_preference").update();
        digest.useSender(null); // the context is shared: no later test may mail a stopped GreenMail
    }

    @Test
    void yesterdaysUnreadNotificationsGoOutOnceInTheMorning() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        digest.useSender(sender);
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        TestAccounts.Account quiet = accounts.create(PermissionLevel.MEMBER);
        String token = accounts.token(rep);
        mvc.perform(get(token, "/api/v1/notifications/preferences"))
                .andExpect(jsonPath("$.dailyDigest").value(false)).andExpect(jsonPath("$.version").doesNotExist());
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/notifications/preferences").header("Authorization", "Bearer " + token)
                        .contentType("application/json").content("{\"dailyDigest\":true,\"emailEach\":false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0));
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/notifications/preferences").header("Authorization", "Bearer " + token)
                        .contentType("application/json").content("{\"dailyDigest\":true}"))
                .andExpect(status().isConflict());

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String yesterdayNoon = today.minusDays(1) + " 12:00:00+09";
        notify(rep.id(), "周年記念誌", yesterdayNoon, false);
        notify(rep.id(), "カタログ印刷 2027年版", yesterdayNoon, false);
        notify(rep.id(), "既に読んだ通知", yesterdayNoon, true);
        notify(rep.id(), "今朝の通知", today + " 06:00:00+09", false);
        notify(quiet.id(), "ほかの人の通知", yesterdayNoon, false);

        assertThat(digest.sendFor(today)).isEqualTo(1);
        assertThat(digest.sendFor(today)).as("a second run the same day sends nothing").isZero();
        MimeMessage[] sent = greenMail.getReceivedMessages();
        assertThat(sent).hasSize(1);
        assertThat(sent[0].getAllRecipients()[0].toString()).isEqualTo(rep.email());
        String body = GreenMailUtil.getBody(sent[0]);
        String text = new String(jakarta.mail.internet.MimeUtility.decode(
                new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                sent[0].getEncoding() == null ? "7bit" : sent[0].getEncoding()).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("コーチングメモ：周年記念誌").contains("カタログ印刷 2027年版")
                .doesNotContain("既に読んだ通知").doesNotContain("今朝の通知").doesNotContain("ほかの人の通知");
    }

    @Test
    void eachNewNotificationIsMailedOnceFromTheMomentItIsSwitchedOn() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        digest.useSender(sender);
        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        notify(rep.id(), "有効にする前の通知", "now()", false);
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/notifications/preferences")
                        .header("Authorization", "Bearer " + accounts.token(rep)).contentType("application/json")
                        .content("{\"dailyDigest\":false,\"emailEach\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.emailEach").value(true));
        Thread.sleep(20); // the preference's window starts strictly after the earlier notification
        notify(rep.id(), "見積の承認待ち", "now()", false);
        notify(rep.id(), "入金遅延：O-2026-000123", "now()", false);
        assertThat(digest.sendRecent()).isEqualTo(1);
        assertThat(digest.sendRecent()).as("nothing new, nothing sent").isZero();
        MimeMessage[] sent = greenMail.getReceivedMessages();
        assertThat(sent).hasSize(1);
        String text = decoded(sent[0]);
        assertThat(text).contains("見積の承認待ち").contains("入金遅延：O-2026-000123").doesNotContain("有効にする前の通知");
    }

    /**
     * Issue 25: the run claimed every person's window at once before mailing any; an instance that died in the middle
     * lost the windows of everyone it had not reached. Here the first e-mail of a run ends it the way a killed
     * instance would (an Error nothing catches); the next run, on any instance, mails the others. Only the one being
     * sent when it died is not sent again (nobody can know whether it went out).
     */
    @Test
    void anInstanceThatDiesMidRunLeavesTheOthersToTheNextRun() throws Exception {
        var smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(greenMail.getSmtp().getPort());
        java.util.List<TestAccounts.Account> reps = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
            reps.add(rep);
            mvc.perform(MockMvcRequestBuilders.put("/api/v1/notifications/preferences")
                            .header("Authorization", "Bearer " + accounts.token(rep)).contentType("application/json")
                            .content("{\"dailyDigest\":false,\"emailEach\":true}"))
                    .andExpect(status().isOk());
        }
        Thread.sleep(20);
        for (TestAccounts.Account rep : reps) {
            notify(rep.id(), "途中で止まった回の通知", "now()", false);
        }
        digest.useSender(new JavaMailSenderImpl() {
            @Override
            public void send(org.springframework.mail.SimpleMailMessage... messages) {
                throw new InstanceDied(); // the instance dies while sending its first e-mail
            }
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(digest::sendRecent).isInstanceOf(InstanceDied.class);

        digest.useSender(smtp); // the next run, as on another instance
        assertThat(digest.sendRecent()).isEqualTo(2);
        assertThat(digest.sendRecent()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    /**
     * Issue 25: the digest ran once, at 07:30; an instance that died in the middle of it left the rest of the day's
     * digests unsent, as no run came again until the next morning. It now runs every minute (no longer at a cron
     * time) and sends what is due from 07:30 Tokyo, under a 30 s job lock.
     */
    @Test
    void theDigestIsLookedForEveryMinuteFrom0730() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        digest.useSender(sender);
        java.lang.reflect.Method run = NotificationMail.class.getDeclaredMethod("run");
        org.springframework.scheduling.annotation.Scheduled schedule =
                run.getAnnotation(org.springframework.scheduling.annotation.Scheduled.class);
        assertThat(schedule.cron()).as("not once a day").isEmpty();
        assertThat(java.time.Duration.parse(schedule.fixedDelayString())).isLessThanOrEqualTo(java.time.Duration.ofMinutes(1));
        assertThat(java.time.Duration.parse(run.getAnnotation(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .lockAtMostFor())).isLessThanOrEqualTo(java.time.Duration.ofSeconds(30));

        TestAccounts.Account rep = accounts.create(PermissionLevel.MEMBER);
        mvc.perform(MockMvcRequestBuilders.put("/api/v1/notifications/preferences")
                        .header("Authorization", "Bearer " + accounts.token(rep)).contentType("application/json")
                        .content("{\"dailyDigest\":true,\"emailEach\":false}"))
                .andExpect(status().isOk());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        notify(rep.id(), "昨日の通知", today.minusDays(1) + " 12:00:00+09", false);
        java.time.ZonedDateTime morning = today.atTime(7, 29).atZone(ZoneId.of("Asia/Tokyo"));
        assertThat(digest.digestsDue(morning)).as("not before 07:30").isZero();
        assertThat(digest.digestsDue(morning.plusMinutes(16))).as("a run at 07:45 sends what is due").isEqualTo(1);
        assertThat(digest.digestsDue(morning.plusMinutes(17))).isZero();
    }

    /** Stands for the end of a killed JVM: an Error the job does not catch. */
    private static final class InstanceDied extends Error {
    }

    private static String decoded(MimeMessage message) throws Exception {
        String body = GreenMailUtil.getBody(message);
        return new String(jakarta.mail.internet.MimeUtility.decode(
                new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                message.getEncoding() == null ? "7bit" : message.getEncoding()).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private void notify(UUID user, String argument, String at, boolean read) {
        jdbc.sql("""
                insert into notification (id, user_id, kind, message_key, argument, href, created_at, read_at)
                values (?, ?, 'coaching', 'sales.notification.coaching', ?, '/deals',
                        case when ? = 'now()' then clock_timestamp() else cast(? as timestamptz) end,
                        case when ? then now() end)
                """).params(UUID.randomUUID(), user, argument, at, at, read).update();
    }
}

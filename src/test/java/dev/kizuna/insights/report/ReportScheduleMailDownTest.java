package dev.kizuna.insights.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server refuses a weekly report (down, or one recipient's address refused for now): the send is let go and
 * tried again the next minute, and in the end each recipient has the report exactly once — not a second copy for the
 * recipients the first try had already reached.
 */
class ReportScheduleMailDownTest extends ApiTestBase {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    ReportSchedules schedules;
    @Autowired
    ReportMail mail;

    @AfterEach
    void mailOff() {
        mail.useSender(null);
    }

    /** An SMTP server that refuses the first message addressed to one recipient, then takes everything. */
    static final class RefusesOnce extends JavaMailSenderImpl {
        private final String refused;
        private final AtomicBoolean done = new AtomicBoolean();

        RefusesOnce(int port, String refused) {
            setHost("127.0.0.1");
            setPort(port);
            this.refused = refused;
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            for (MimeMessage m : messages) {
                if (to(m).contains(refused) && done.compareAndSet(false, true)) {
                    throw new MailSendException("451 4.3.0 " + refused + ": try again later");
                }
            }
            super.doSend(messages, originals);
        }
    }

    private static java.util.List<String> to(MimeMessage m) {
        try {
            Address[] all = m.getRecipients(Message.RecipientType.TO);
            return all == null ? java.util.List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Distinct messages sent to the address (GreenMail keeps one copy per recipient of a message). */
    private long received(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m).contains(address)).map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count();
    }

    @Test
    void aRefusedReportIsTriedAgainAndReachesEachRecipientOnce() throws Exception {
        String manager = tokenFor(PermissionLevel.MANAGER);
        String report = JsonPath.read(mvc.perform(post(manager, "/api/v1/reports", """
                {"name":"%s","shared":false,"definition":{"source":"orders",
                 "measure":{"function":"count"},"period":{"field":"orderedOn"}}}""".formatted(unique("週次の受注件数"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        // five days ahead: the every-minute job (real time) and ReportScheduleMailTest (three days ahead) leave it alone
        ZonedDateTime sendDay = ZonedDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(5).with(LocalTime.of(9, 5));
        String first = unique("bucho") + "@example.jp";
        String second = unique("kacho") + "@example.jp";
        mvc.perform(post(manager, "/api/v1/report-schedules", """
                {"reportId":"%s","weekday":"%s","sendAt":"09:00","recipients":["%s","%s"]}"""
                .formatted(report, sendDay.getDayOfWeek(), first, second))).andExpect(status().isCreated());

        mail.useSender(new RefusesOnce(greenMail.getSmtp().getPort(), second));
        SystemActor.run(() -> schedules.sendDue(sendDay));
        SystemActor.run(() -> schedules.sendDue(sendDay.plusMinutes(1)));
        SystemActor.run(() -> schedules.sendDue(sendDay.plusMinutes(2)));

        assertThat(received(second)).as("refused once, sent on the next try").isEqualTo(1);
        assertThat(received(first)).as("not a second copy for the one the first try reached").isEqualTo(1);
    }
}

package dev.kizuna.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kizuna.commerce.Order;
import dev.kizuna.commerce.OrderHistory;
import dev.kizuna.commerce.Orders;
import dev.kizuna.identity.PermissionLevel;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.support.ApiTestBase;
import dev.kizuna.support.EventListenersDone;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A step sequence started by a first purchase on Friday 2026-01-09 with steps after 0, 2 and 1 business days: Monday
 * 2026-01-12 is 成人の日, so the mails go on Fri 1/9, Wed 1/14 and Thu 1/15 and on no other day — and only to the
 * customers who accept e-mail. A customer who follows the first mail's unsubscribe link gets none of the next ones.
 */
class StepSequenceMailTest extends ApiTestBase {

    private static final Pattern LINK = Pattern.compile("/u/([0-9a-f]{64})");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MarketingMailer mailer;
    @Autowired
    MarketingMailSending sending;
    @Autowired
    SequenceRunner runner;
    @Autowired
    Orders orders;

    private MarketingMailTestData data;
    private String member;

    @BeforeEach
    void setUp() {
        member = tokenFor(PermissionLevel.MEMBER);
        data = new MarketingMailTestData(mvc, jdbc, member, unique("step"));
        data.mailSettings(60_000, 3);
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        mailer.useSender(sender);
    }

    @AfterEach
    void mailOff() {
        mailer.useSender(null);
    }

    /** A paid order on the day (its payment through the API, so OrderPaid moves the figures and the triggers). */
    private void paidOrder(UUID company, LocalDate day) throws Exception {
        Order o = SystemActor.call(() -> orders.importHistory(new OrderHistory(company, null, null, "薬用化粧水", day,
                3000L, 10, day, null, null)));
        mvc.perform(post(member, "/api/v1/payments", "{\"orderId\":\"" + o.id() + "\",\"orderVersion\":" + o.version()
                + ",\"amount\":" + o.invoiceAmount() + ",\"receivedOn\":\"" + day + "\"}")).andExpect(status().isCreated());
    }

    @Test
    void aFirstPurchaseSendsTheStepsOnTheirBusinessDaysToOptedInCustomersUntilTheyUnsubscribe() throws Exception {
        // subjects marked with this test's tag: other tests' first-purchase sequences may be active in the shared
        // database and start on these customers' first purchase too; only this sequence's mails are judged here
        String welcome = data.template("ご購入ありがとうございます " + data.tag(), "{{氏名}}様、はじめてのご購入ありがとうございます。");
        String tips = data.template("使い方のコツ " + data.tag(), "{{氏名}}様、化粧水の使い方のコツです。");
        String again = data.template("そろそろ2本目 " + data.tag(), "{{氏名}}様、そろそろなくなる頃です。");
        data.create("/api/v1/sequences", "{\"name\":\"" + data.tag() + "\",\"trigger\":\"first_purchase\",\"steps\":["
                + "{\"delayDays\":0,\"businessDays\":true,\"templateId\":\"" + welcome + "\"},"
                + "{\"delayDays\":2,\"businessDays\":true,\"templateId\":\"" + tips + "\"},"
                + "{\"delayDays\":1,\"businessDays\":true,\"templateId\":\"" + again + "\"}]}");
        String stays = data.tag() + "-stays@example.jp";
        String leaves = data.tag() + "-leaves@example.jp";
        String refused = data.tag() + "-refused@example.jp";
        List<UUID> customers = List.of(data.customer("継続", stays, true), data.customer("停止", leaves, true),
                data.customer("不同意", refused, false));
        LocalDate friday = LocalDate.of(2026, 1, 9);
        Instant start = Instant.now();
        for (UUID c : customers) {
            paidOrder(c, friday);
        }
        EventListenersDone.since(jdbc, start);

        Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (LocalDate day = friday; !day.isAfter(LocalDate.of(2026, 1, 19)); day = day.plusDays(1)) {
            LocalDate today = day;
            SystemActor.run(() -> runner.runDue(today));
            data.drained(customers, () -> SystemActor.run(() -> sending.sendDue(Instant.now())));
            MimeMessage[] received = greenMail.getReceivedMessages();
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < received.length; i++) {
                if (!seen.add(received[i].getMessageID())) {
                    continue; // GreenMail's list is not in the order received
                }
                String to = MarketingMailTestData.recipients(new MimeMessage[] {received[i]}).getFirst();
                if (to.contains(data.tag()) && received[i].getSubject().endsWith(data.tag())) {
                    mine.add(to);
                    if (to.equals(leaves)) {
                        unsubscribe(GreenMailUtil.getBody(received[i]));
                    }
                }
            }
            if (!mine.isEmpty()) {
                byDay.put(day, mine);
            }
        }
        List<String> log = jdbc.sql("select c.email || ' step ' || m.step || ' ' || m.status || ' ' || c.email_opt_in"
                + " || ' ' || substr(m.unsubscribe_token, 1, 8) from marketing_mail m join company c on c.id = m.company_id"
                + " where m.company_id = any(?) order by m.created_at").param(customers.toArray(UUID[]::new))
                .query(String.class).list();
        assertThat(byDay).as(log + " unsubscribed " + unsubscribed).containsOnlyKeys(friday, LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 15));
        assertThat(byDay.get(friday)).containsExactlyInAnyOrder(stays, leaves);
        assertThat(byDay.get(LocalDate.of(2026, 1, 14))).containsExactly(stays);
        assertThat(byDay.get(LocalDate.of(2026, 1, 15))).containsExactly(stays);
        mvc.perform(get(member, "/api/v1/companies/" + customers.get(1))).andExpect(jsonPath("$.emailOptIn")
                .value(false));
    }

    private final List<String> unsubscribed = new ArrayList<>();

    /** Follows the mail's link as the customer would: the page asks, the button unsubscribes. */
    private void unsubscribe(String body) throws Exception {
        Matcher m = LINK.matcher(body.replaceAll("=\r?\n", ""));
        assertThat(m.find()).as(body).isTrue();
        unsubscribed.add(m.group(1).substring(0, 8));
        String path = "/u/" + m.group(1);
        mvc.perform(MockMvcRequestBuilders.get(path)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("data-testid=\"unsubscribe\"")));
        mvc.perform(MockMvcRequestBuilders.post(path).contentType("application/x-www-form-urlencoded")
                        .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
    }
}

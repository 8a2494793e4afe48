package dev.kizuna.marketing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.kizuna.bench.Measurement;
import dev.kizuna.platform.security.SystemActor;
import jakarta.mail.internet.MimeMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The benchmark's delivery scenario: a campaign to {@code mails} opted-in customers sent through the outbox (claims,
 * the legal footer, the throttle at its highest, 60,000 a minute) to an in-process SMTP server until nothing is
 * left, beside the same number of plain JavaMail messages to the same server; counts anyone who got it twice.
 */
record MarketingDelivery(JdbcClient jdbc, Segments segments, EmailTemplates templates, Campaigns campaigns,
        MarketingMailSending sending, MarketingMailer mailer) {

    record Result(Measurement measurement, double perSecond, double baselinePerSecond, long twice) {
    }

    Result run(int mails) throws Exception {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(server.getSmtp().getPort());
            sender.setDefaultEncoding("UTF-8");
            jdbc.sql("update marketing_setting set sender_name = '株式会社シミウス', sender_address ="
                    + " '福岡県福岡市中央区天神1-1-1', mails_per_minute = 60000, max_attempts = 3 where id = 1").update();
            jdbc.sql("update company set tags = '{}' where 'bench-mail' = any(tags)").update();
            jdbc.sql("update company set tags = array['bench-mail'] where id in (select id from company where"
                    + " email_opt_in and coalesce(email, '') <> '' order by id limit ?)").param(mails).update();
            UUID campaign = SystemActor.call(() -> {
                UUID template = templates.create(new EmailTemplateDraft("ベンチ 配信", "{{氏名}}さま、冬の定期便のご案内",
                        "{{氏名}}さま\n\n冬の定期便のご案内です。", "<p>{{氏名}}さま</p><p>冬の定期便のご案内です。</p>")).id();
                UUID segment = segments.create(new SegmentDraft("ベンチ 配信先", "", List.of(new SegmentCondition(
                        "tags", "any", List.of("bench-mail"))))).id();
                return campaigns.create(new CampaignDraft("ベンチ 冬の定期便", template, segment, null)).id();
            });
            mailer.useSender(sender);
            long start = System.nanoTime();
            SystemActor.run(() -> campaigns.sendNow(campaign, 0));
            while (open(campaign) > 0) {
                SystemActor.run(() -> sending.sendDue(Instant.now()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long baselineStart = System.nanoTime();
            for (int i = 0; i < mails; i++) {
                MimeMessage m = sender.createMimeMessage();
                MimeMessageHelper h = new MimeMessageHelper(m, true, "UTF-8");
                h.setFrom("noreply@kizuna.example.jp");
                h.setTo("baseline" + i + "@example.jp");
                h.setSubject("基準 冬の定期便のご案内");
                h.setText("冬の定期便のご案内です。", "<p>冬の定期便のご案内です。</p>");
                sender.send(m);
            }
            double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;
            Map<String, Integer> received = new HashMap<>();
            for (MimeMessage m : server.getReceivedMessages()) {
                if (m.getSubject().endsWith("冬の定期便のご案内") && !m.getSubject().startsWith("基準")) {
                    received.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
                }
            }
            long sent = jdbc.sql("select count(*) from marketing_mail where campaign_id = ? and status = 'sent'")
                    .param(campaign).query(Long.class).single();
            if (sent != mails || received.size() != mails) {
                throw new AssertionError("sent " + sent + ", received by " + received.size() + " of " + mails);
            }
            long twice = received.values().stream().filter(n -> n > 1).count();
            Measurement m = new Measurement("delivery", "a campaign to %d customers delivered to an in-process SMTP server (mails/s in the setup)"
                    .formatted(mails), seconds * 1000, seconds * 1000, baselineSeconds * 1000, baselineSeconds * 1000,
                    1, mails);
            return new Result(m, mails / seconds, mails / baselineSeconds, twice);
        } finally {
            mailer.useSender(null);
            server.stop();
        }
    }

    private long open(UUID campaign) {
        return jdbc.sql("select count(*) from marketing_mail where campaign_id = ? and status in ('queued', 'sending')")
                .param(campaign).query(Long.class).single();
    }
}

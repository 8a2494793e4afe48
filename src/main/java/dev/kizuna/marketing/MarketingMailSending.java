package dev.kizuna.marketing;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kizuna.customers.Companies;
import dev.kizuna.customers.Company;
import dev.kizuna.platform.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Works through the mail outbox: claims due rows for this instance (so a restart or a second instance never sends
 * one twice: a row is sent only by the instance holding its claim; one whose instance died mid-send is claimed again
 * when its lease runs out), checks the customer still accepts e-mail (an unsubscribe takes effect for every mail not
 * yet sent), makes the mail with the legal footer and sends it, paced by the throttle. A failure is tried again with
 * back-off (1, 2, 4 … minutes, at most 6 hours) until the attempts are spent, then marked failed with the reason.
 * Runs as the system.
 */
@Component
class MarketingMailSending {

    private static final Logger log = LoggerFactory.getLogger(MarketingMailSending.class);
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final MarketingMailRepository mails;
    private final CampaignRepository campaigns;
    private final SequenceRepository sequences;
    private final EmailTemplateRepository templates;
    private final MarketingSettingsRepository settings;
    private final MergeValues values;
    private final MailFooter footer;
    private final MarketingMailer mailer;
    private final Companies companies;
    private final String instance;

    MarketingMailSending(MarketingMailRepository mails, CampaignRepository campaigns, SequenceRepository sequences,
            EmailTemplateRepository templates, MarketingSettingsRepository settings, MergeValues values,
            MailFooter footer, MarketingMailer mailer, Companies companies) {
        this.mails = mails;
        this.campaigns = campaigns;
        this.sequences = sequences;
        this.templates = templates;
        this.settings = settings;
        this.values = values;
        this.footer = footer;
        this.mailer = mailer;
        this.companies = companies;
        this.instance = hostName() + "/" + Ids.newId();
    }

    /** This instance's name in claims. */
    String instance() {
        return instance;
    }

    /** Claims and sends up to a minute's worth of due mails as {@code instance}; returns how many it claimed. */
    int sendDue(Instant now) {
        return sendDue(instance, now);
    }

    int sendDue(String as, Instant now) {
        if (!mailer.on()) {
            return 0;
        }
        MailSettings s = settings.mail();
        List<MarketingMail.Claimed> batch = mails.claim(as, now, now.plus(LEASE), Math.min(s.mailsPerMinute(), 500));
        long pause = 60_000L / s.mailsPerMinute();
        for (int i = 0; i < batch.size(); i++) {
            if (i > 0) {
                pace(pause);
            }
            send(batch.get(i), as, s, now);
        }
        if (!batch.isEmpty()) {
            campaigns.finishSent();
        }
        return batch.size();
    }

    private void send(MarketingMail.Claimed m, String as, MailSettings s, Instant now) {
        Company company = companies.findOrNull(m.companyId());
        if (company == null || !company.emailOptIn()) {
            mails.finish(m.id(), as, "skipped", "opted out", null);
            return;
        }
        if (m.enrollmentId() != null && sequences.enrollmentStopped(m.enrollmentId())) {
            mails.finish(m.id(), as, "skipped", "sequence stopped", null);
            return;
        }
        String to = company.email() == null || company.email().isBlank() ? m.toAddress() : company.email();
        try {
            EmailTemplate t = templates.find(m.templateId()).orElseThrow();
            RenderedMail r = EmailTemplates.render(t, footer.values(values.of(m.companyId()), s, m.unsubscribeToken()));
            mailer.send(footer.compose(m.id(), to, r, s, m.unsubscribeToken()));
            mails.finish(m.id(), as, "sent", "", null);
        } catch (RuntimeException e) { // MailException mostly; anything else fails the same visible way
            String reason = reason(e);
            if (m.attempts() >= s.maxAttempts()) {
                log.warn("Marketing mail {} to {} failed after {} attempts: {}", m.id(), to, m.attempts(), reason);
                mails.finish(m.id(), as, "failed", reason, null);
            } else {
                mails.finish(m.id(), as, "queued", reason, now.plus(backoff(m.attempts())));
            }
        }
    }

    /** 1 minute after the first attempt, then doubling, at most 6 hours. */
    static Duration backoff(int attempts) {
        Duration d = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private static String reason(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getMessage() + (root == e ? "" : " (" + root.getMessage() + ")");
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static void pace(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "kizuna";
        }
    }

}

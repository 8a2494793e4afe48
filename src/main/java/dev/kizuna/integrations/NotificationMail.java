package dev.kizuna.integrations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications by e-mail. The morning digest (07:30 Tokyo): one e-mail to each person who asked for it, listing the notifications they have
 * not read that arrived the day before (or since their last digest, after a weekend), in their language. One a day
 * per person whichever instance runs it: the day is claimed on their preference row before the mail is sent, and
 * given back when the mail fails. Without an SMTP server (KIZUNA_SMTP_HOST) nothing is sent or claimed.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    static final int MAX_LINES = 50;
    static final LocalTime DIGEST_TIME = LocalTime.of(7, 30);

    private final NotificationMailRepository rows;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final String from;
    private final String baseUrl;
    private final Clock clock;
    private JavaMailSender sender;

    NotificationMail(NotificationMailRepository rows, MessageSource messages, PlatformTransactionManager transactions,
            ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${kizuna.mail.from:kizuna@localhost}") String from,
            @Value("${kizuna.base-url:http://localhost:8080}") String baseUrl, java.util.Optional<Clock> clock) {
        this.rows = rows;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.sender = host == null || host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** For tests: send through this server (an in-process one). */
    void useSender(JavaMailSender sender) {
        this.sender = sender;
    }

    /**
     * Every minute from 07:30 Tokyo, the day's digests not yet sent. Run once at 07:30, an instance that died in the
     * middle left the rest of the day's digests unsent; now any instance's next run sends them (each person's day is
     * claimed just before their e-mail, so a second run or a second instance sends nothing twice).
     */
    @Scheduled(initialDelayString = "PT50S", fixedDelayString = "PT1M")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30S") // a dead holder blocks others 30 s at most
    void run() {
        digestsDue(ZonedDateTime.now(clock.withZone(ZONE)));
    }

    /** The digests due at {@code now}: none before 07:30 Tokyo, the day's unsent ones after. */
    int digestsDue(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(ZONE);
        return local.toLocalTime().isBefore(DIGEST_TIME) ? 0 : sendFor(local.toLocalDate());
    }

    record Person(UUID id, String email, String locale, LocalDate lastDigestOn) {
    }

    record Line(String messageKey, String argument, String href) {
    }

    /** Sends the digests due on {@code day}; returns how many e-mails went out. */
    int sendFor(LocalDate day) {
        if (sender == null) {
            return 0;
        }
        List<Person> people = rows.digestDue(day);
        int sent = 0;
        for (Person p : people) {
            LocalDate since = p.lastDigestOn() != null ? p.lastDigestOn() : day.minusDays(1);
            Boolean claimed = transaction.execute(s -> rows.claimDigest(p.id(), day));
            if (!Boolean.TRUE.equals(claimed)) {
                continue; // another instance took it
            }
            List<Line> lines = rows.unreadBetween(p.id(), since.atStartOfDay(ZONE).toInstant(),
                    day.atStartOfDay(ZONE).toInstant(), MAX_LINES);
            if (lines.isEmpty()) {
                continue;
            }
            try {
                sender.send(mail(p, lines, "integrations.digest.subject", day.toString(), "integrations.digest.intro",
                        "integrations.digest.footer"));
                sent++;
            } catch (RuntimeException e) {
                log.warn("Digest for {} not sent: {}", p.email(), e.getMessage());
                transaction.executeWithoutResult(s -> rows.giveDigestBack(p.id(), p.lastDigestOn()));
            }
        }
        return sent;
    }

    /**
     * Every minute: for each person who asked for e-mail as notifications come, the notifications since the last
     * mail, in one e-mail. Each person's window is claimed on their preference row just before their e-mail (so two
     * instances never send the same one, and an instance that dies leaves the people it had not reached to the next
     * run on any instance); a failed mail gives the window back to be tried next minute. Returns how many e-mails
     * went out.
     */
    @Scheduled(initialDelayString = "PT45S", fixedDelayString = "PT1M")
    @SchedulerLock(name = "notification-mail", lockAtMostFor = "PT30S") // a dead holder blocks others 30 s at most
    void mailRecent() {
        sendRecent();
    }

    record Window(UUID id, Timestamp from, Timestamp to) {
    }

    int sendRecent() {
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        List<UUID> seen = new ArrayList<>();
        for (Window claimed = claimNext(seen); claimed != null; claimed = claimNext(seen)) {
            Window w = claimed;
            seen.add(w.id());
            Person p = rows.activePerson(w.id()).orElse(null);
            if (p == null) {
                continue;
            }
            List<Line> lines = rows.unreadIn(w, MAX_LINES);
            if (lines.isEmpty()) {
                continue;
            }
            try {
                sender.send(mail(p, lines, "integrations.mail.subject", Integer.toString(lines.size()),
                        "integrations.mail.intro", "integrations.mail.footer"));
                sent++;
            } catch (RuntimeException e) {
                log.warn("Notification mail for {} not sent: {}", p.email(), e.getMessage());
                transaction.executeWithoutResult(s -> rows.giveWindowBack(w));
            }
        }
        return sent;
    }

    /**
     * Claims the next person with something to mail (or whose window has not begun yet), not yet seen in this run:
     * moves their window's end to now and returns it. One at a time, so claimed means about to be sent.
     */
    private Window claimNext(List<UUID> seen) {
        return transaction.execute(s -> rows.claimNextWindow(seen).orElse(null));
    }

    private SimpleMailMessage mail(Person p, List<Line> lines, String subjectKey, String subjectArgument,
            String introKey, String footerKey) {
        Locale locale = "en".equals(p.locale()) ? Locale.ENGLISH : Locale.JAPANESE;
        StringBuilder body = new StringBuilder(messages.getMessage(introKey, new Object[] {lines.size()}, locale))
                .append("\n\n");
        for (Line l : lines) {
            body.append("・").append(messages.getMessage(l.messageKey(), new Object[] {l.argument()}, l.messageKey(),
                    locale));
            if (l.href() != null && !l.href().isEmpty()) {
                body.append("\n  ").append(baseUrl).append(l.href());
            }
            body.append('\n');
        }
        body.append('\n').append(messages.getMessage(footerKey, new Object[] {baseUrl + "/settings/notifications"},
                locale));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(p.email());
        message.setSubject(messages.getMessage(subjectKey, new Object[] {subjectArgument}, locale));
        message.setText(body.toString());
        return message;
    }
}

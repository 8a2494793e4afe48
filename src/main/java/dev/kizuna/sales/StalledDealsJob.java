package dev.kizuna.sales;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kizuna.identity.User;
import dev.kizuna.identity.Users;
import dev.kizuna.platform.security.SystemActor;
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

/**
 * Every ten minutes: deals that became stalled get their owner and managers notified in the app, and — when an
 * SMTP host is configured — by one e-mail per person listing their newly stalled deals, in their language.
 */
@Component
class StalledDealsJob {

    private static final Logger log = LoggerFactory.getLogger(StalledDealsJob.class);

    private final StalledDeals stalled;
    private final Users users;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    StalledDealsJob(StalledDeals stalled, Users users, ObjectProvider<JavaMailSender> sender,
            @Value("${spring.mail.host:}") String host, @Value("${kizuna.mail.from:kizuna@localhost}") String from,
            @Value("${kizuna.base-url:}") String baseUrl, MessageSource messages) {
        this.stalled = stalled;
        this.users = users;
        this.mail = host == null || host.isBlank() ? null : sender.getIfAvailable();
        this.from = from;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
    @SchedulerLock(name = "stalled-deals", lockAtMostFor = "PT9M")
    void run() {
        SystemActor.run(this::notifyAndMail);
    }

    /** Notifies and mails; returns how many notifications were made. */
    int notifyAndMail() {
        List<StalledDeals.Notice> told = stalled.notifyNewlyStalled();
        if (mail != null && !told.isEmpty()) {
            Map<UUID, List<StalledDeals.Notice>> byUser = told.stream()
                    .collect(Collectors.groupingBy(StalledDeals.Notice::userId));
            byUser.forEach(this::mailTo);
        }
        return told.size();
    }

    private void mailTo(UUID userId, List<StalledDeals.Notice> notices) {
        try {
            User user = users.find(userId);
            if (!user.active()) {
                return;
            }
            Locale locale = Locale.forLanguageTag(user.locale());
            StringBuilder body = new StringBuilder(messages.getMessage("sales.mail.stalled.intro", null, locale))
                    .append("\n\n");
            notices.forEach(n -> body.append("・").append(n.dealName()).append("  ").append(baseUrl).append("/deals/")
                    .append(n.dealId()).append('\n'));
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(user.email());
            message.setSubject(messages.getMessage("sales.mail.stalled.subject", new Object[] {notices.size()}, locale));
            message.setText(body.toString());
            mail.send(message);
        } catch (RuntimeException e) {
            log.warn("Stalled-deal e-mail to user {} not sent; the in-app notification stays", userId, e);
        }
    }

}

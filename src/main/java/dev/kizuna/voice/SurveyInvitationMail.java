package dev.kizuna.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued survey invitations (the outbox on {@code voice_survey_invitation}): right after the send commits, and
 * every minute on one instance for those the mail server turned away. Each mail is claimed ({@code sending}, committed)
 * before it goes out, so a crash mid-send leaves it unsent rather than sent twice; a refused one waits 5, then 30
 * minutes, and after {@value #TRIES} tries is marked failed with the server's answer.
 */
@Component
class SurveyInvitationMail {

    static final int TRIES = 3;
    private static final List<Duration> WAITS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30));
    private static final Logger log = LoggerFactory.getLogger(SurveyInvitationMail.class);

    private final SurveyInvitationMailRepository outbox;
    private final VoiceMailer mailer;
    private final TransactionTemplate own;

    SurveyInvitationMail(SurveyInvitationMailRepository outbox, VoiceMailer mailer, PlatformTransactionManager tm) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.own = new TransactionTemplate(tm);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** After the caller's transaction commits (or at once without one), sends what is due. */
    void afterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sendDue(Instant.now());
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sendDue(Instant.now());
            }
        });
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    @SchedulerLock(name = "voice-survey-invitations", lockAtMostFor = "PT10M")
    void sendDueNow() {
        SystemActor.run(() -> sendDue(Instant.now()));
    }

    /** Sends every mail due at {@code now}; how many went out. Stops when mail is off. */
    int sendDue(Instant now) {
        int sent = 0;
        while (mailer.on()) {
            Optional<SurveyInvitationMailRepository.Claimed> next = own.execute(s -> outbox.claimNext(now));
            if (next == null || next.isEmpty()) {
                return sent;
            }
            var mail = next.get();
            try {
                mailer.send(mail.to(), mail.subject(), mail.body());
                own.executeWithoutResult(s -> outbox.sent(mail.id()));
                sent++;
            } catch (MailException | IllegalStateException e) {
                Instant retry = mail.attempts() >= TRIES ? null : now.plus(WAITS.get(Math.min(mail.attempts(),
                        WAITS.size()) - 1));
                log.warn("survey invitation {} not sent (try {}): {}", mail.id(), mail.attempts(), e.getMessage());
                own.executeWithoutResult(s -> outbox.notSent(mail.id(), String.valueOf(e.getMessage()), retry));
                if (retry != null && e instanceof MailException) {
                    return sent; // the server is down: the rest wait for the next round
                }
            }
        }
        return sent;
    }
}

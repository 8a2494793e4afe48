package dev.kizuna.voice;

import java.time.Instant;
import java.util.List;

import dev.kizuna.identity.UserSummary;
import dev.kizuna.notifications.Notifications;
import dev.kizuna.platform.security.SystemActor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who hears about the desk: the writer when the head approves or returns the set, and the desk's manager
 * ({@link LetterDeskHead}: the one named on the 【お客様の声】お手紙返信 board, else the recent approvers, else the
 * administrators) when a postcard waits past its due time (checked every 15 minutes, on one instance, each letter
 * reported once).
 */
@Component
class LetterNotices {

    static final String KIND = "letter";

    private final Notifications notifications;
    private final LetterDeskHead manager;
    private final LetterDeskRepository desk;
    private final TransactionTemplate tx;

    LetterNotices(Notifications notifications, LetterDeskHead manager, LetterDeskRepository desk,
            TransactionTemplate tx) {
        this.notifications = notifications;
        this.manager = manager;
        this.desk = desk;
        this.tx = tx;
    }

    void reviewed(Letter l, String decision) {
        if (l.assigneeId() != null) {
            notifications.tell(l.assigneeId(), KIND, "voice.letter.notice." + decision, l.companyName(),
                    "/voice/letters/" + l.id());
        }
    }

    /** The manager of the letters board, or null when the board has none. */
    java.util.UUID manager() {
        return manager.named().orElse(null);
    }

    @Scheduled(initialDelayString = "PT3M", fixedDelayString = "PT15M")
    @SchedulerLock(name = "voice-letter-backlog", lockAtMostFor = "PT14M")
    void alertOverdue() {
        SystemActor.run(() -> alertOverdue(Instant.now()));
    }

    /** Reports letters newly past due to the desk's manager (or its default people); how many were reported. */
    int alertOverdue(Instant now) {
        List<UserSummary> people = manager.recipients().people();
        if (people.isEmpty()) {
            return 0; // nobody to tell (no administrator?): keep them for the next check
        }
        List<String> late = tx.execute(s -> desk.takeNewlyOverdue(now));
        if (late != null && !late.isEmpty()) {
            String names = String.join("、", late.stream().limit(5).toList()) + (late.size() > 5 ? " ほか" : "")
                    + "（" + late.size() + "）";
            people.forEach(p -> notifications.tell(p.id(), KIND, "voice.letter.notice.overdue", names,
                    "/voice/letters?overdue=true"));
        }
        return late == null ? 0 : late.size();
    }
}

package dev.kizuna.voice;

import java.time.Instant;
import java.util.List;

import dev.kizuna.notifications.Notifications;
import dev.kizuna.platform.security.SystemActor;
import dev.kizuna.work.Board;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who hears about the desk: the writer when the head approves or returns the set, and the manager named on the
 * 【お客様の声】お手紙返信 board when a postcard waits past its due time (checked every 15 minutes, on one instance,
 * each letter reported once). With no manager named the desk page says so instead.
 */
@Component
class LetterNotices {

    static final String KIND = "letter";

    private final Notifications notifications;
    private final VoiceBoards boards;
    private final LetterDeskRepository desk;
    private final TransactionTemplate tx;

    LetterNotices(Notifications notifications, VoiceBoards boards, LetterDeskRepository desk, TransactionTemplate tx) {
        this.notifications = notifications;
        this.boards = boards;
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
        return boards.exact(VoiceBoards.LETTERS).map(Board::managerId).orElse(null);
    }

    @Scheduled(initialDelayString = "PT3M", fixedDelayString = "PT15M")
    @SchedulerLock(name = "voice-letter-backlog", lockAtMostFor = "PT14M")
    void alertOverdue() {
        SystemActor.run(() -> alertOverdue(Instant.now()));
    }

    /** Reports letters newly past due to the board's manager; how many were reported. */
    int alertOverdue(Instant now) {
        java.util.UUID manager = manager();
        if (manager == null) {
            return 0;
        }
        List<String> late = tx.execute(s -> desk.takeNewlyOverdue(now));
        if (late != null && !late.isEmpty()) {
            notifications.tell(manager, KIND, "voice.letter.notice.overdue",
                    String.join("、", late.stream().limit(5).toList()) + (late.size() > 5 ? " ほか" : "")
                            + "（" + late.size() + "）", "/voice/letters?overdue=true");
        }
        return late == null ? 0 : late.size();
    }
}

package dev.kizuna.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.work.Board;
import dev.kizuna.work.TaskDraft;
import dev.kizuna.work.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Closing the loop: when an item becomes 対応済 or 見送り, every customer who asked gets a task for its owner, due in two
 * business days, on seed 000's 改善要求 board (else the first open board): tell the customer what became of it.
 */
@Component
class LoopClosing {

    static final String BOARD = VoiceBoards.FEEDBACK;
    private static final Logger log = LoggerFactory.getLogger(LoopClosing.class);

    private final VoiceBoards boards;
    private final Tasks tasks;
    private final MessageSource messages;

    LoopClosing(VoiceBoards boards, Tasks tasks, MessageSource messages) {
        this.boards = boards;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** One task per asking customer; returns the tasks' ids by customer. */
    Map<UUID, UUID> tellOwners(Feedback item, List<FeedbackVote> votes) {
        Map<UUID, UUID> made = new LinkedHashMap<>();
        if (votes.isEmpty()) {
            return made;
        }
        Board board = boards.named(BOARD).orElse(null);
        if (board == null) {
            log.warn("Feedback {} closed but there is no board for the owners' tasks", item.id());
            return made;
        }
        var locale = LocaleContextHolder.getLocale();
        String status = messages.getMessage("voice.status." + item.status(), null, locale);
        for (FeedbackVote vote : votes) {
            String title = messages.getMessage("voice.loop.taskTitle", new Object[] {vote.companyName(), status},
                    locale);
            String details = messages.getMessage("voice.loop.taskDetails", new Object[] {item.body(), status,
                    item.statusReason(), "/voice/feedback/" + item.id()}, locale);
            var task = tasks.create(new TaskDraft(board.id(), cut(title, 200), details, null, vote.ownerId(),
                    vote.companyId(), null, null, null, 2, "normal", List.of()));
            made.put(vote.companyId(), task.id());
        }
        return made;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

package dev.kizuna.success;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Activity;
import dev.kizuna.activities.ActivityDraft;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.security.CurrentActor;
import dev.kizuna.work.Task;
import dev.kizuna.work.TaskDraft;
import dev.kizuna.work.Tasks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Holding a meeting: the minutes go on the customer's timeline as a note (an activity), each next action becomes a
 * task on its board for its owner, and the meeting is marked held — inside the caller's transaction, so a refused
 * task leaves nothing behind.
 */
@Component
class MeetingHolding {

    private final MeetingRecordRepository records;
    private final Activities activities;
    private final Tasks tasks;
    private final MessageSource messages;

    MeetingHolding(MeetingRecordRepository records, Activities activities, Tasks tasks, MessageSource messages) {
        this.records = records;
        this.activities = activities;
        this.tasks = tasks;
        this.messages = messages;
    }

    void hold(Meeting meeting, long version, String minutes, String decisions, List<MeetingAction> actions) {
        String m = minutes == null ? "" : minutes.strip();
        String d = decisions == null ? "" : decisions.strip();
        List<MeetingAction> next = actions == null ? List.of() : actions;
        Check check = Check.of().required("minutes", m).maxLength("minutes", m, 10_000)
                .maxLength("decisions", d, 5_000).failIf(next.size() > 30, "actions", "MaxItems", 30)
                .failIf(!"planned".equals(meeting.status()), "status", "SuccessMeetingClosed");
        for (int i = 0; i < next.size(); i++) {
            MeetingAction a = next.get(i);
            String f = "actions[" + i + "].";
            check.required(f + "title", a.title()).required(f + "dueOn", a.dueOn())
                    .required(f + "boardId", a.boardId()).required(f + "ownerUserId", a.ownerUserId());
        }
        check.verify();
        if (meeting.version() != version) {
            throw new StaleVersionException(Meetings.AUDIT_TYPE, meeting.id());
        }
        Activity note = activities.log(new ActivityDraft(Activity.NOTE, null, null, null, meeting.companyId(), null,
                null, null, noteText(meeting, m, d), null, null));
        if (!records.hold(meeting.id(), version, m, d, note.id(), CurrentActor.idOrNull())) {
            throw new StaleVersionException(Meetings.AUDIT_TYPE, meeting.id());
        }
        List<MeetingAction> made = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            MeetingAction a = next.get(i);
            made.add(new MeetingAction(a.title().strip(), a.ownerUserId(), a.dueOn(), a.boardId(),
                    task(meeting, a, i).id()));
        }
        for (int i = 0; i < made.size(); i++) {
            records.addAction(meeting.id(), i, made.get(i));
        }
    }

    private Task task(Meeting meeting, MeetingAction a, int index) {
        try {
            return tasks.create(new TaskDraft(a.boardId(), a.title().strip(), "", null, a.ownerUserId(),
                    meeting.companyId(), null, a.dueOn(), null, null, null, List.of()));
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.problems().stream().map(p -> new FieldProblem(
                    "actions[" + index + "]." + p.field(), p.code(), p.arguments())).toList());
        }
    }

    private String noteText(Meeting meeting, String minutes, String decisions) {
        var locale = LocaleContextHolder.getLocale();
        LocalDate day = meeting.startsAt().atZone(SuccessClock.ZONE).toLocalDate();
        String kind = messages.getMessage("success.meeting.kind." + meeting.kind(), null, meeting.kind(), locale);
        StringBuilder text = new StringBuilder(messages.getMessage("success.meeting.note.heading",
                new Object[] {kind, day.format(DateTimeFormatter.ISO_LOCAL_DATE)}, locale)).append('\n');
        if (!meeting.agenda().isBlank()) {
            text.append(messages.getMessage("success.field.agenda", null, locale)).append(": ")
                    .append(meeting.agenda()).append('\n');
        }
        text.append(messages.getMessage("success.field.minutes", null, locale)).append(": ").append(minutes);
        if (!decisions.isBlank()) {
            text.append('\n').append(messages.getMessage("success.field.decisions", null, locale)).append(": ")
                    .append(decisions);
        }
        return text.toString();
    }

}

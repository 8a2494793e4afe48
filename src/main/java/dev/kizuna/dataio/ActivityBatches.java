package dev.kizuna.dataio;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.Activity;
import dev.kizuna.activities.ActivityDraft;
import dev.kizuna.activities.ActivityOption;
import dev.kizuna.activities.Outcome;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/**
 * Activities from the former system: the customer found by {@link CompanyLookup}, the contact by e-mail, channel and
 * type by their Japanese or English names, the rep by e-mail or name, written by
 * {@link Activities#importHistory} (counted in reports, but no playbook starts and no mail goes out). A row with no
 * channel and no type is a note (メモ).
 */
final class ActivityBatches extends HistoryBatches {

    private final Activities activities;
    private final Choices<ActivityOption> channels;
    private final Choices<ActivityOption> types;

    ActivityBatches(Setup setup, Activities activities, List<ActivityOption> channels, List<ActivityOption> types) {
        super(setup);
        this.activities = activities;
        this.channels = new Choices<>(channels, o -> List.of(o.name(), o.nameEn()));
        this.types = new Choices<>(types, o -> List.of(o.name(), o.nameEn()));
    }

    @Override
    UUID write(Map<String, String> v) {
        UUID companyId = companies.companyOf(v);
        ActivityOption channel = channels.of(v, "channel");
        ActivityOption type = types.of(v, "type");
        boolean note = channel == null && type == null;
        ActivityDraft draft = new ActivityDraft(note ? Activity.NOTE : Activity.ACTIVITY, dateTime(v, "occurredAt"),
                channel == null ? null : channel.id(), type == null ? null : type.id(), companyId, contacts.contactOf(v),
                null, outcome(v, channel), text(v, "details"), text(v, "followUpAction"), date(v, "followUpOn"));
        return activities.importHistory(draft, user(v, "owner"), dateTime(v, "loggedAt")).id();
    }

    /** 通話/つながった/reached … or 不通/不在/留守 … ; left empty on a call, a call that reached the customer. */
    private static Outcome outcome(Map<String, String> v, ActivityOption channel) {
        String said = text(v, "outcome");
        boolean call = channel != null && channel.call();
        if (said == null) {
            return call ? Outcome.REACHED : null;
        }
        return switch (CompanyColumns.key(said)) {
            case "通話", "つながった", "繋がった", "接続", "在席", "済", "完了", "reached", "connected", "answered", "completed" ->
                Outcome.REACHED;
            case "不通", "不在", "留守", "留守電", "留守番電話", "話中", "つながらず", "unreached", "noanswer", "busy",
                    "leftvoicemail", "voicemail", "notreached" -> Outcome.UNREACHED;
            default -> throw new RuleViolationException(FieldProblem.of("outcome", "ImportUnknownChoice"));
        };
    }

    @Override
    String targetOf(String field) {
        return switch (field) {
            case "channelId", "kind" -> "channel";
            case "typeId" -> "type";
            default -> super.targetOf(field);
        };
    }
}

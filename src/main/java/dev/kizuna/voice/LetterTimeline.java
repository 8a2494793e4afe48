package dev.kizuna.voice;

import java.util.Locale;
import java.util.UUID;

import dev.kizuna.activities.Activities;
import dev.kizuna.activities.ActivityDraft;
import dev.kizuna.activities.ActivityOption;
import dev.kizuna.activities.ActivityOptions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the desk writes for people: the reply template a writer starts from, and the reply on the customer's timeline
 * once sent — an activity on the 手紙/はがき channel (a note when an administrator retired that channel).
 */
@Component
class LetterTimeline {

    private static final Locale JA = Locale.JAPANESE;

    private final Activities activities;
    private final ActivityOptions options;
    private final MessageSource messages;

    LetterTimeline(Activities activities, ActivityOptions options, MessageSource messages) {
        this.activities = activities;
        this.options = options;
        this.messages = messages;
    }

    /** Seed 002's お手紙構成: greeting by name, thanks, the answer, a proposal, closing — in Japanese. */
    String template(Letter l) {
        return messages.getMessage("voice.letter.template", new Object[] {l.addressee()}, JA);
    }

    /** Logs the sent reply on the customer's timeline; the activity's id. */
    UUID logSent(Letter l) {
        UUID channel = option(ActivityOption.CHANNEL, "手紙/はがき", "Letter / postcard");
        UUID type = option(ActivityOption.TYPE, "その他", "Other");
        String details = messages.getMessage("voice.letter.timeline", new Object[] {l.body(), l.reply(),
                String.join(" / ", l.copies())}, JA);
        boolean asActivity = channel != null && type != null;
        return activities.log(new ActivityDraft(asActivity ? "activity" : "note", null, asActivity ? channel : null,
                asActivity ? type : null, l.companyId(), l.contactId(), null, null, details, null, null)).id();
    }

    private UUID option(String kind, String name, String nameEn) {
        return options.of(kind, false).stream().filter(o -> o.name().equals(name) || o.nameEn().equals(nameEn))
                .map(ActivityOption::id).findFirst().orElse(null);
    }
}

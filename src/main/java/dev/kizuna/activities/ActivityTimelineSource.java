package dev.kizuna.activities;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Activities and notes on the timeline, through the (company_id, occurred_at desc, id desc) index. */
@Component
class ActivityTimelineSource implements TimelineSource {

    private final ActivityTimelineRepository rows;

    ActivityTimelineSource(ActivityTimelineRepository rows) {
        this.rows = rows;
    }

    @Override
    public List<String> kinds() {
        return List.of(Activity.ACTIVITY, Activity.NOTE);
    }

    @Override
    public List<TimelineEntry> entries(UUID companyId, UUID contactId, List<String> kinds, Instant before,
            UUID beforeId, int limit) {
        boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        return rows.entries(companyId, contactId, kinds, before, beforeId, limit).stream().map(r -> {
            String title = Activity.NOTE.equals(r.kind()) ? ""
                    : label(r.channel(), r.channelEn(), english) + (english ? " · " : "・")
                            + label(r.type(), r.typeEn(), english)
                            + (r.contactName() == null ? "" : "（" + r.contactName() + "）");
            return new TimelineEntry(r.kind(), r.occurredAt(), r.id(), title, outcomeKey(r.outcome()), r.details(),
                    r.userName(), "/activities/" + r.id(), r.files());
        }).toList();
    }

    /** The English name of a channel or type on an English page, when it has one (issue 24: 電話・納期確認 in English). */
    private static String label(String name, String nameEn, boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    /** 通話 / 不通 beside a call. */
    private static String outcomeKey(String outcome) {
        return outcome == null ? null : "activities.outcome." + outcome.toUpperCase();
    }
}

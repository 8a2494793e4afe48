package dev.kizuna.sales;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import dev.kizuna.platform.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * When an active deal is stalled (停滞): it has stayed in its stage longer than the stage allows ({@code max_days},
 * calendar days), or it has had no activity and no stage change for the set number of business days (営業日, see
 * {@link BusinessCalendar}) and no next step dated today or later. Written once as SQL for the board, the list,
 * the stalled page and the notification job; the deal is aliased {@code d} and its stage {@code s}.
 */
@Component
class StallRule {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Tokyo");

    private final SalesSettingRepository settings;
    private final BusinessCalendar calendar;
    private final Clock clock;

    StallRule(SalesSettingRepository settings, BusinessCalendar calendar, java.util.Optional<Clock> clock) {
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The moment the rule is applied, and the limits it implies. */
    record AsOf(Instant now, Instant idleBefore, LocalDate today, int idleBusinessDays) {

        /** {@code null}, {@code 'stage'} or {@code 'idle'}; three parameters: {@link #args()}. */
        static final String REASON = """
                (case when not d.active then null
                      when s.max_days is not null
                           and d.stage_entered_at < cast(? as timestamptz) - s.max_days * interval '1 day' then 'stage'
                      when greatest(d.stage_entered_at, coalesce(d.last_activity_at, d.stage_entered_at)) < cast(? as timestamptz)
                           and (d.next_step_on is null or d.next_step_on < cast(? as date)) then 'idle' end)""";

        /** The stalled deals among the active ones; three parameters: {@link #args()}. */
        static final String CONDITION = """
                (d.active and ((s.max_days is not null
                           and d.stage_entered_at < cast(? as timestamptz) - s.max_days * interval '1 day')
                      or (greatest(d.stage_entered_at, coalesce(d.last_activity_at, d.stage_entered_at)) < cast(? as timestamptz)
                           and (d.next_step_on is null or d.next_step_on < cast(? as date)))))""";

        List<Object> args() {
            return List.of(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), OffsetDateTime.ofInstant(idleBefore, ZoneOffset.UTC),
                    today);
        }

        /**
         * The rule applied at {@code now}: today is the business day in Japan, and a deal is idle when nothing
         * happened since the start of the day {@code idleBusinessDays} business days before today.
         */
        static AsOf at(Instant now, int idleBusinessDays, BusinessCalendar calendar) {
            LocalDate today = LocalDate.ofInstant(now, BUSINESS_ZONE);
            LocalDate from = calendar.addBusinessDays(today, -idleBusinessDays);
            return new AsOf(now, from.atStartOfDay(BUSINESS_ZONE).toInstant(), today, idleBusinessDays);
        }
    }

    AsOf now() {
        return AsOf.at(clock.instant(), idleBusinessDays(), calendar);
    }

    int idleBusinessDays() {
        return settings.idleBusinessDays();
    }

    long settingVersion() {
        return settings.version();
    }

    boolean setIdleBusinessDays(int days, long version, java.util.UUID actor) {
        return settings.setIdleBusinessDays(days, version, actor);
    }
}

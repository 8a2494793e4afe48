package dev.kizuna.success;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import dev.kizuna.platform.calendar.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * The plan's dated meetings: proposes seed 001's two review meetings (a week after go-live and at the go-live month's
 * end, on the previous business day when that is a holiday) at 10:00 in Japan, and moves a plan's planned meetings
 * when its go-live date moves — the proposed reviews to their anchors again, the others by the same number of days.
 */
@Component
class PlanMeetingDates {

    static final LocalTime REVIEW_TIME = LocalTime.of(10, 0);

    private final MeetingRepository meetings;
    private final BusinessCalendar calendar;

    PlanMeetingDates(MeetingRepository meetings, BusinessCalendar calendar) {
        this.meetings = meetings;
        this.calendar = calendar;
    }

    ReviewDates reviews(LocalDate goLive) {
        return ReviewDates.of(goLive, calendar::isBusinessDay);
    }

    void proposeReviews(UUID planId, UUID companyId, LocalDate goLive, UUID actor) {
        ReviewDates dates = reviews(goLive);
        for (String anchor : ReviewDates.anchors()) {
            meetings.insertProposed(planId, companyId, anchor, at(dates.on(anchor)), actor);
        }
    }

    /**
     * Proposes the plan's next regular meeting (定例) after {@code after}: the one proposed earlier and not yet held
     * moves there, or a new one is proposed; a plan without cadence has its proposal cancelled.
     */
    void proposeRegular(UUID planId, UUID companyId, String cadence, LocalDate goLive, LocalDate after, UUID actor) {
        LocalDate day = CadenceDates.next(cadence, goLive, after, calendar::isBusinessDay);
        if (day == null) {
            meetings.cancelProposedRegular(planId, actor);
        } else if (meetings.placeProposedRegular(planId, at(day), actor) == 0) {
            meetings.insertProposed(planId, companyId, CadenceDates.ANCHOR, at(day), actor);
        }
    }

    /** Moves the plan's planned meetings; answers how many moved. */
    int move(UUID planId, LocalDate from, LocalDate to, UUID actor) {
        ReviewDates dates = reviews(to);
        int moved = 0;
        for (String anchor : ReviewDates.anchors()) {
            moved += meetings.placeAnchored(planId, anchor, at(dates.on(anchor)), actor);
        }
        return moved + meetings.shiftUnanchored(planId, GoLiveMove.daysBetween(from, to), actor);
    }

    static java.time.Instant at(LocalDate day) {
        return ZonedDateTime.of(day, REVIEW_TIME, SuccessClock.ZONE).toInstant();
    }
}

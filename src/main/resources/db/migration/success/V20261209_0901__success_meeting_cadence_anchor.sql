-- A plan's regular meeting (定例MTG, weekly / biweekly / monthly from go-live) is proposed like the reviews: a planned
-- meeting anchored 'cadence', one at a time; holding it proposes the next.
alter table success_meeting drop constraint success_meeting_anchor_check;
alter table success_meeting add constraint success_meeting_anchor_check
    check (anchor in ('week_after_go_live', 'go_live_month_end', 'cadence'));

-- Input compliance (入力遵守): the settings administrators change, one row. Scores are computed on read,
-- never stored, so a change of weights applies to every period at once and the page can show its formula.
create table compliance_setting (
    id               integer primary key default 1 check (id = 1),
    late_after_hours integer not null default 24 check (late_after_hours between 1 and 720),
    dormant_days     integer not null default 30 check (dormant_days between 1 and 365),
    weight_complete  integer not null default 30 check (weight_complete between 0 and 100),
    weight_on_time   integer not null default 30 check (weight_on_time between 0 and 100),
    weight_active    integer not null default 20 check (weight_active between 0 and 100),
    weight_follow_up integer not null default 20 check (weight_follow_up between 0 and 100),
    version          bigint  not null default 0,
    updated_at       timestamptz not null default now(),
    updated_by       uuid
);
insert into compliance_setting (id) values (1);

-- Overdue follow-ups at a past date include those done after it, so the open-only partial index
-- (activity_follow_up_idx) cannot serve that question; this one does, per rep.
create index activity_user_follow_up_idx on activity (user_id, follow_up_on) where follow_up_on is not null;

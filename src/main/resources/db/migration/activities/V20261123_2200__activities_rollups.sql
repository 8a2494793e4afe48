-- Input compliance reads summaries instead of a month of raw activities and a probe per customer.

-- How late each rep logged their activities, per day (Tokyo) and whole hours of delay rounded up (capped at 721,
-- "more than the 720 hours an administrator may set"): "logged more than N hours after" is delay_hours > N for any N.
create table activity_delay_rollup (
    user_id     uuid     not null references app_user (id),
    day         date     not null,
    delay_hours smallint not null,
    activities  integer  not null,
    primary key (user_id, day, delay_hours)
);

insert into activity_delay_rollup (user_id, day, delay_hours, activities)
select user_id, (occurred_at at time zone 'Asia/Tokyo')::date,
       least(greatest(ceil(extract(epoch from (logged_at - occurred_at)) / 3600), 0), 721)::smallint, count(*)
  from activity
 where kind = 'activity'
 group by 1, 2, 3;

-- What each rep logged per day (Tokyo), channel and type: the daily report's activity table.
create table activity_day_count (
    user_id    uuid    not null references app_user (id),
    day        date    not null,
    channel_id uuid    not null references activity_option (id),
    type_id    uuid    not null references activity_option (id),
    activities integer not null,
    primary key (user_id, day, channel_id, type_id)
);

insert into activity_day_count (user_id, day, channel_id, type_id, activities)
select user_id, (occurred_at at time zone 'Asia/Tokyo')::date, channel_id, type_id, count(*)
  from activity
 where kind = 'activity'
 group by 1, 2, 3, 4;

-- Each customer's last activity (the column is the customer master's, kept by this module from now on).
update company c set last_activity_at = a.last
  from (select company_id, max(occurred_at) as last from activity where kind = 'activity' group by company_id) a
 where a.company_id = c.id;

-- The figures of a finished day that cannot be recomputed cheaply later: customers, complete ones, quiet ones (no
-- activity in dormant_days) and overdue follow-ups per rep, as they stood at the end of the day.
create table compliance_snapshot_day (
    day          date        primary key,
    dormant_days integer     not null,
    taken_at     timestamptz not null default now()
);

create table compliance_snapshot (
    day       date    not null references compliance_snapshot_day (day) on delete cascade,
    user_id   uuid    not null references app_user (id),
    customers integer not null,
    complete  integer not null,
    dormant   integer not null,
    overdue   integer not null,
    primary key (day, user_id)
);

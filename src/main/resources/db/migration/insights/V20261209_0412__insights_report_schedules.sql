-- Saved reports e-mailed weekly with the data as Excel (issue 22). A send is claimed per schedule and day before the
-- mail goes out (no second send after a restart or from a second instance).
create table report_schedule (
    id         uuid primary key,
    report_id  uuid        not null references report (id) on delete cascade,
    owner_id   uuid        not null,
    weekday    integer     not null check (weekday between 1 and 7),  -- ISO: 1 = Monday
    send_at    time        not null,
    recipients text[]      not null,
    created_at timestamptz not null default now()
);
create index report_schedule_due_idx on report_schedule (weekday, send_at);
create index report_schedule_owner_idx on report_schedule (owner_id, weekday, send_at);
create index report_schedule_report_idx on report_schedule (report_id);

create table report_schedule_send (
    schedule_id uuid        not null references report_schedule (id) on delete cascade,
    day         date        not null,
    claimed_at  timestamptz not null default now(),
    primary key (schedule_id, day)
);

-- Daily report (日報): when each team's report goes out, and which reports went out (so a restart or a
-- second instance never sends the same day's report twice).
create table daily_report_setting (
    team_id    uuid    primary key references team (id) on delete cascade,
    send_at    time    not null default '08:00',
    enabled    boolean not null default true,
    version    bigint  not null default 0,
    updated_at timestamptz not null default now(),
    updated_by uuid
);

create table daily_report_send (
    team_id    uuid not null references team (id) on delete cascade,
    report_day date not null,
    sent_at    timestamptz not null default now(),
    recipients integer not null,
    primary key (team_id, report_day)
);

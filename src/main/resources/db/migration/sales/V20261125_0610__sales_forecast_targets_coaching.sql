-- Forecast (見込): targets (予算) per rep and month, and the indexes the forecast reads.
create table sales_target (
    user_id    uuid        not null references app_user (id),
    month      date        not null check (extract(day from month) = 1),
    amount     bigint      not null check (amount >= 0),
    version    bigint      not null default 0,
    updated_at timestamptz not null default now(),
    updated_by uuid,
    primary key (user_id, month)
);
create index sales_target_month_idx on sales_target (month, user_id);

-- Open pipeline of one pipeline by expected close date (forecast by stage).
create index deal_forecast_idx on deal (pipeline_id, expected_close_on) include (stage_id, amount, owner_id)
    where status = 'open';
-- Open pipeline of every rep by expected close month (weighted, per rep and month).
create index deal_open_close_idx on deal (expected_close_on) include (owner_id, amount, stage_id)
    where status = 'open';
-- Won amounts per rep and month (actual against target).
create index deal_won_idx on deal (closed_at) include (owner_id, amount) where status = 'won';

-- Coaching (seed 004: the best rep reviews everyone's deals each day): who coaches, and their notes on deals.
alter table sales_setting add column coach_role_id uuid references job_role (id);

create table deal_coaching_note (
    id              uuid primary key,
    deal_id         uuid        not null references deal (id) on delete cascade,
    kind            text        not null check (kind in ('comment', 'suggestion')),
    body            text        not null check (length(body) between 1 and 2000),
    next_step       text        not null default '',
    next_step_on    date,
    author_id       uuid        not null references app_user (id),
    created_at      timestamptz not null default now(),
    acknowledged_at timestamptz,
    acknowledged_by uuid references app_user (id),
    accepted        boolean     not null default false,
    version         bigint      not null default 0
);
create index deal_coaching_note_deal_idx on deal_coaching_note (deal_id, created_at desc, id desc);
-- The owner's unacknowledged notes (deal page badge, coaching view).
create index deal_coaching_note_open_idx on deal_coaching_note (deal_id) where acknowledged_at is null;
-- Deals flagged stalled in a period (coaching view).
create index deal_stalled_notified_idx on deal (stalled_notified_at) where stalled_notified_at is not null;

-- Meetings of a customer's success (キックオフ / 振り返り / 定例 / その他) and KPI/KGI per customer with a target and
-- an actual per month. A proposed review meeting carries its anchor (a week after go-live, the go-live month's end)
-- so that moving the go-live date can place it again.

create table success_meeting (
    id                   uuid primary key,
    company_id           uuid        not null references company (id) on delete restrict,
    plan_id              uuid references success_plan (id) on delete restrict,
    kind                 text        not null check (kind in ('kickoff', 'review', 'regular', 'other')),
    anchor               text check (anchor in ('week_after_go_live', 'go_live_month_end')),
    status               text        not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
    starts_at            timestamptz not null,
    agenda               text        not null default '',
    minutes              text        not null default '',
    decisions            text        not null default '',
    attendee_user_ids    uuid[]      not null default '{}',
    attendee_contact_ids uuid[]      not null default '{}',
    activity_id          uuid,
    held_at              timestamptz,
    version              bigint      not null default 0,
    created_at           timestamptz not null default now(),
    created_by           uuid,
    updated_at           timestamptz not null default now(),
    updated_by           uuid
);
create index success_meeting_company_idx on success_meeting (company_id, starts_at, id);
create index success_meeting_plan_idx on success_meeting (plan_id, starts_at, id);
create index success_meeting_starts_idx on success_meeting (starts_at, id);

create table success_meeting_action (
    id            uuid primary key,
    meeting_id    uuid not null references success_meeting (id) on delete restrict,
    position      int  not null,
    title         text not null,
    owner_user_id uuid,
    due_on        date,
    task_id       uuid
);
create index success_meeting_action_idx on success_meeting_action (meeting_id, position);

create table success_kpi (
    id          uuid primary key,
    company_id  uuid        not null references company (id) on delete restrict,
    name        text        not null,
    unit        text        not null default '',
    kind        text        not null check (kind in ('kgi', 'kpi')),
    better      text        not null check (better in ('higher', 'lower')),
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid
);
create index success_kpi_company_idx on success_kpi (company_id, kind, name, id);

create table success_kpi_month (
    kpi_id     uuid        not null references success_kpi (id) on delete restrict,
    month      date        not null check (extract(day from month) = 1),
    target     numeric(18, 2),
    actual     numeric(18, 2),
    updated_at timestamptz not null default now(),
    updated_by uuid,
    primary key (kpi_id, month)
);

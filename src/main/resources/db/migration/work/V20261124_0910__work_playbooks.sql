-- Playbooks (フロー): ordered steps owned by roles, versioned; runs are durable state polled by a DB-backed timer.

create table playbook (
    id              uuid primary key,
    key             text unique,                  -- built-in templates: a stable key, e.g. repeat-unused
    name            text    not null,
    description     text    not null default '',
    trigger         text    not null default 'manual'
                    check (trigger in ('manual', 'activity_type', 'deal_won', 'customer_created')),
    trigger_type    text,                         -- activity type name for trigger activity_type, e.g. 受注確認
    skip_tag        text,                         -- customers with this tag are left out (e.g. already using the portal)
    current_version int     not null default 1,
    active          boolean not null default true,
    builtin         boolean not null default false,
    version         bigint  not null default 0,
    created_at      timestamptz not null default now(),
    created_by      uuid,
    updated_at      timestamptz not null default now(),
    updated_by      uuid
);
create unique index playbook_name_uq on playbook (lower(name));
create index playbook_trigger_idx on playbook (trigger, trigger_type) where active;

-- Each saved change is a new version; a run keeps the version it started on.
create table playbook_version (
    id          uuid primary key,
    playbook_id uuid not null references playbook (id),
    number      int  not null,
    steps       jsonb not null,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    unique (playbook_id, number)
);

create table playbook_run (
    id              uuid primary key,
    playbook_id     uuid not null references playbook (id),
    version_id      uuid not null references playbook_version (id),
    company_id      uuid references company (id) on delete cascade,
    deal_id         uuid references deal (id) on delete set null,
    status          text not null default 'running'
                    check (status in ('running', 'waiting', 'paused', 'done', 'cancelled', 'failed')),
    step            int  not null default 0,
    iteration       int  not null default 0,      -- times the run went back to an earlier step (seed 000: 以降①に戻る)
    task_id         uuid references task (id) on delete set null,
    wait_for        text,                         -- an event the run waits for: order | deal_won
    due_at          timestamptz,                  -- when the timer fires (waits, retries)
    attempts        int  not null default 0,      -- failed tries of the current step
    last_error      text,
    step_started_at timestamptz not null default now(),
    started_by      uuid,
    version         bigint not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
-- The timer job: due runs, oldest first, claimed with for update skip locked.
create index playbook_run_due_idx on playbook_run (due_at, id) where status in ('running', 'waiting') and due_at is not null;
-- Runs waiting for a customer's event (the next order, a deal won).
create index playbook_run_wait_idx on playbook_run (company_id, wait_for) where status = 'waiting' and wait_for is not null;
-- The run owning a step's task.
create index playbook_run_task_idx on playbook_run (task_id) where task_id is not null;
-- A customer's runs, and the lists by status (running, failed = the errors view).
create index playbook_run_company_idx on playbook_run (company_id, created_at desc, id desc);
create index playbook_run_status_idx on playbook_run (status, created_at, id);

create table playbook_run_event (
    id         uuid primary key,
    run_id     uuid not null references playbook_run (id) on delete cascade,
    company_id uuid,
    at         timestamptz not null default now(),
    step       int,
    kind       text not null,
    detail     text not null default '',
    actor_id   uuid
);
create index playbook_run_event_run_idx on playbook_run_event (run_id, at, id);
create index playbook_run_event_company_idx on playbook_run_event (company_id, at desc, id desc) where company_id is not null;

-- E-mails a run sent: written before the mail goes out (its own transaction), so a retry never sends twice.
create table playbook_mail (
    run_id     uuid not null references playbook_run (id) on delete cascade,
    step       int  not null,
    iteration  int  not null,
    to_address text not null,
    status     text not null default 'sending' check (status in ('sending', 'sent', 'failed')),
    created_at timestamptz not null default now(),
    sent_at    timestamptz,
    primary key (run_id, step, iteration)
);

-- Timed work (seed 002: 30/15/15 minutes): a task's target and its running timer; actual = worked_seconds.
alter table task add column target_minutes int check (target_minutes between 1 and 1440);
alter table task add column timer_started_at timestamptz;
alter table task add column worked_seconds int not null default 0;

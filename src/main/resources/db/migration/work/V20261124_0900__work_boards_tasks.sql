-- Work: boards (板) — named queues serving job roles — and the tasks handed over on them (タスク付け).

create table board (
    id           uuid primary key,
    name         text    not null,
    description  text    not null default '',
    manager_id   uuid references app_user (id),
    backlog_days int     not null default 2 check (backlog_days between 1 and 30),
    retired      boolean not null default false,
    version      bigint  not null default 0,
    created_at   timestamptz not null default now(),
    created_by   uuid,
    updated_at   timestamptz not null default now(),
    updated_by   uuid
);
create unique index board_name_uq on board (lower(name));

-- The job roles a board serves: its tasks are handed to them by default.
create table board_role (
    board_id uuid not null references board (id),
    role_id  uuid not null references job_role (id),
    primary key (board_id, role_id)
);
create index board_role_role_idx on board_role (role_id);

create table task (
    id                  uuid primary key,
    board_id            uuid not null references board (id),
    title               text not null,
    details             text not null default '',
    owner_role_id       uuid references job_role (id),
    owner_user_id       uuid references app_user (id),
    requester_id        uuid references app_user (id),
    company_id          uuid references company (id) on delete set null,
    deal_id             uuid references deal (id) on delete set null,
    due_on              date,
    due_time            time,
    priority            text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
    status              text not null default 'todo' check (status in ('todo', 'doing', 'done', 'cancelled')),
    status_changed_at   timestamptz not null default now(),
    closed_at           timestamptz,
    backlog_notified_at timestamptz,
    version             bigint not null default 0,
    created_at          timestamptz not null default now(),
    created_by          uuid,
    updated_at          timestamptz not null default now(),
    updated_by          uuid
);
-- Board columns: one status of one board, oldest first (the backlog rule reads the same order).
create index task_board_status_idx on task (board_id, status, created_at, id);
-- "My tasks" across boards: open tasks of one person, oldest first.
create index task_owner_open_idx on task (owner_user_id, created_at, id) where status in ('todo', 'doing');
-- Unowned: open tasks handed to a role and not yet taken, oldest first (per role, and across roles).
create index task_unowned_role_idx on task (owner_role_id, created_at, id) where status in ('todo', 'doing') and owner_user_id is null;
create index task_unowned_idx on task (created_at, id) where status in ('todo', 'doing') and owner_user_id is null;
-- Overdue: open tasks by due day.
create index task_due_open_idx on task (due_on, id) where status in ('todo', 'doing') and due_on is not null;
-- A customer's tasks (customer page, timeline).
create index task_company_idx on task (company_id, created_at desc, id desc) where company_id is not null;
-- The backlog job: open tasks not yet reported, per board, oldest first.
create index task_backlog_idx on task (board_id, created_at) where status in ('todo', 'doing') and backlog_notified_at is null;

create table task_checklist_item (
    id       uuid primary key,
    task_id  uuid    not null references task (id) on delete cascade,
    position int     not null,
    label    text    not null,
    done     boolean not null default false,
    done_at  timestamptz,
    done_by  uuid
);
create index task_checklist_task_idx on task_checklist_item (task_id, position);

create table task_comment (
    id         uuid primary key,
    task_id    uuid not null references task (id) on delete cascade,
    author_id  uuid references app_user (id),
    body       text not null,
    mentions   uuid[] not null default '{}',
    created_at timestamptz not null default now()
);
create index task_comment_task_idx on task_comment (task_id, created_at, id);

-- What happened to a task (created, status changes, taken, comments): its history and the customer's timeline.
create table task_event (
    id         uuid primary key,
    task_id    uuid not null references task (id) on delete cascade,
    company_id uuid,
    at         timestamptz not null default now(),
    actor_id   uuid,
    kind       text not null,
    detail     text not null default ''
);
create index task_event_task_idx on task_event (task_id, at desc, id desc);
create index task_event_company_idx on task_event (company_id, at desc, id desc) where company_id is not null;

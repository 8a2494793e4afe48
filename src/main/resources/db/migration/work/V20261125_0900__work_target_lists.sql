-- Target lists (ターゲットリスト): a saved customer filter, re-evaluated on a schedule, fed N customers per business
-- day into a playbook (a run each) or a board (a task each). The migration queue (seed 000) is the same thing over
-- imported customers (a filter on their import tag).

create table target_list (
    id              uuid primary key,
    name            text    not null,
    description     text    not null default '',
    query           text    not null default '',   -- the customers list's query string (filter[...], cf/co/cv, q)
    view_id         uuid references list_view (id) on delete set null, -- the saved view it was taken from, if any
    order_field     text,                          -- a customers sort name (employeeCount, customFields.x…); null = by hand
    order_desc      boolean not null default false,
    per_day         int     not null default 1 check (per_day between 1 and 100),
    refresh         text    not null default 'monthly' check (refresh in ('weekly', 'monthly', 'never')),
    feed_kind       text    not null check (feed_kind in ('board', 'playbook')),
    board_id        uuid references board (id),
    playbook_id     uuid references playbook (id),
    active          boolean not null default true,
    refreshed_at    timestamptz,
    next_refresh_on date,
    version         bigint  not null default 0,
    created_at      timestamptz not null default now(),
    created_by      uuid,
    updated_at      timestamptz not null default now(),
    updated_by      uuid,
    check ((feed_kind = 'board' and board_id is not null) or (feed_kind = 'playbook' and playbook_id is not null))
);
create unique index target_list_name_uq on target_list (lower(name));
create index target_list_active_idx on target_list (name) where active;

-- The customers on a list, in feeding order; fed ones stay (and are never fed again).
create table target_list_member (
    list_id    uuid not null references target_list (id) on delete cascade,
    company_id uuid not null references company (id) on delete cascade,
    position   int  not null,
    added_at   timestamptz not null default now(),
    fed_on     date,
    task_id    uuid references task (id) on delete set null,
    run_id     uuid references playbook_run (id) on delete set null,
    primary key (list_id, company_id)
);
-- Next to feed, and the list page: unfed first in order, then the fed ones.
create index target_list_member_next_idx on target_list_member (list_id, position, company_id) where fed_on is null;
create index target_list_member_fed_idx on target_list_member (list_id, fed_on desc) where fed_on is not null;

-- One row per list per business day: whoever inserts it feeds that day; a second instance or a re-run does not.
create table target_list_feed (
    list_id uuid not null references target_list (id) on delete cascade,
    day     date not null,
    fed     int  not null default 0,
    at      timestamptz not null default now(),
    primary key (list_id, day)
);

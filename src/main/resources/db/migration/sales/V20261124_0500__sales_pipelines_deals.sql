-- Sales (営業プロセス): pipelines and their stages as data, lost reasons, deals (商談), every stage change,
-- stalled-deal settings and in-app notifications.

-- Deals get custom fields through the customer master's mechanism (customers.CustomFields).
alter table custom_field drop constraint custom_field_object_type_check;
alter table custom_field add constraint custom_field_object_type_check
    check (object_type in ('company', 'contact', 'deal'));

create table pipeline (
    id         uuid primary key,
    name       text        not null,
    name_en    text        not null default '',
    position   integer     not null,
    retired    boolean     not null default false,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    created_by uuid,
    updated_at timestamptz not null default now(),
    updated_by uuid,
    unique (name)
);

create table pipeline_stage (
    id              uuid primary key,
    pipeline_id     uuid        not null references pipeline (id),
    name            text        not null,
    name_en         text        not null default '',
    position        integer     not null,
    kind            text        not null check (kind in ('open', 'won', 'lost')),
    win_probability integer     not null check (win_probability between 0 and 100),
    max_days        integer check (max_days is null or max_days between 1 and 3650),
    -- A terminal stage ends the owner's work: a lost stage, or the last won stage (入金). Maintained by Pipelines.
    terminal        boolean     not null default false,
    retired         boolean     not null default false,
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    created_by      uuid,
    updated_at      timestamptz not null default now(),
    updated_by      uuid
);
create index pipeline_stage_pipeline_idx on pipeline_stage (pipeline_id, position);

create table lost_reason (
    id         uuid primary key,
    name       text        not null,
    name_en    text        not null default '',
    position   integer     not null,
    retired    boolean     not null default false,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    created_by uuid,
    updated_at timestamptz not null default now(),
    updated_by uuid,
    unique (name)
);

create table deal (
    id                 uuid primary key,
    title              text        not null,
    company_id         uuid        not null references company (id) on delete cascade,
    contact_id         uuid references contact (id) on delete set null,
    pipeline_id        uuid        not null references pipeline (id),
    stage_id           uuid        not null references pipeline_stage (id),
    status             text        not null check (status in ('open', 'won', 'lost')),
    -- Not in a terminal stage: the owner still has work (open, or won and not yet paid). Board, stalled scan.
    active             boolean     not null,
    amount             bigint      not null default 0 check (amount >= 0),
    expected_close_on  date,
    owner_id           uuid references app_user (id),
    lead_source        text        not null default '',
    budget             bigint check (budget is null or budget >= 0),
    challenges         text        not null default '',
    next_step          text        not null default '',
    next_step_on       date,
    lost_reason_id     uuid references lost_reason (id),
    lost_note          text        not null default '',
    stage_entered_at   timestamptz not null default now(),
    last_activity_at   timestamptz,
    closed_at          timestamptz,
    stalled_notified_at timestamptz,
    custom_fields      jsonb       not null default '{}'::jsonb,
    version            bigint      not null default 0,
    created_at         timestamptz not null default now(),
    created_by         uuid,
    updated_at         timestamptz not null default now(),
    updated_by         uuid
);
-- The board: a stage's active deals, longest in the stage first; a terminal stage's recent ones.
create index deal_stage_idx on deal (stage_id, stage_entered_at, id);
-- Stage totals of a board and the stalled scan: only the active deals (a tenth of all).
create index deal_active_idx on deal (pipeline_id, stage_id) include (amount, stage_entered_at, last_activity_at, next_step_on, created_at, owner_id) where active;
-- A customer's deals (customer page panel), a rep's deals.
create index deal_company_idx on deal (company_id, created_at desc, id desc);
create index deal_owner_idx on deal (owner_id, updated_at desc, id desc);
-- List sorts: (column, id).
create index deal_updated_idx on deal (updated_at, id);
create index deal_created_idx on deal (created_at, id);
create index deal_amount_idx on deal (amount, id);
create index deal_close_idx on deal ((coalesce(expected_close_on, date '9999-12-31')), id);
-- Won and lost in a period (daily report).
create index deal_closed_idx on deal (closed_at) where closed_at is not null;
create index deal_custom_fields_idx on deal using gin (custom_fields jsonb_path_ops);
-- Search by the deal's name, any part of it.
create index deal_title_trgm_idx on deal using gin (title gin_trgm_ops);

create table deal_stage_change (
    id             uuid primary key,
    deal_id        uuid        not null references deal (id) on delete cascade,
    pipeline_id    uuid        not null,
    from_stage_id  uuid,
    to_stage_id    uuid        not null,
    forward        boolean     not null,
    -- Seconds the deal spent in from_stage (time in stage); null for the first entry.
    seconds_in_from_stage bigint,
    changed_at     timestamptz not null default now(),
    changed_by     uuid
);
create index deal_stage_change_deal_idx on deal_stage_change (deal_id, changed_at, id);
create index deal_stage_change_changed_idx on deal_stage_change (changed_at);

-- Activities logged against a deal (the deal page's timeline). activity.deal_id has no foreign key across modules.
create index activity_deal_idx on activity (deal_id, occurred_at desc, id desc) where deal_id is not null;

-- One row: when an active deal counts as stalled for lack of activity or next step.
create table sales_setting (
    id                 integer primary key check (id = 1),
    idle_business_days integer not null default 5 check (idle_business_days between 1 and 60),
    version            bigint  not null default 0,
    updated_at         timestamptz not null default now(),
    updated_by         uuid
);
insert into sales_setting (id) values (1);

-- In-app notifications (the bell in the header): stalled deals for now.
create table notification (
    id         uuid primary key,
    user_id    uuid        not null references app_user (id),
    kind       text        not null,
    deal_id    uuid references deal (id) on delete cascade,
    message_key text       not null,
    argument   text        not null default '',
    href       text        not null,
    created_at timestamptz not null default now(),
    read_at    timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc, id desc);
create index notification_unread_idx on notification (user_id) where read_at is null;

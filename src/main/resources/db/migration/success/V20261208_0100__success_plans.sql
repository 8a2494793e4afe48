-- Customer success (issue 17): plan templates with phases as month offsets from go-live (リリース日) and checklist
-- items as day offsets; one success plan per customer that copies its template's phases and items, so changing a
-- template never rewrites a running plan. Due dates are never stored: they are go_live_on + due_offset_days, so
-- moving the go-live date moves every item at once.

create table success_template (
    id          uuid primary key,
    name        text        not null,
    builtin     boolean     not null default false,
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid
);
create unique index success_template_name_idx on success_template (lower(name));

create table success_template_phase (
    template_id  uuid not null references success_template (id) on delete cascade,
    position     int  not null,
    phase_key    text,
    name         text not null,
    start_months int  not null,
    end_months   int,
    primary key (template_id, position)
);

create table success_template_item (
    id              uuid primary key,
    template_id     uuid not null references success_template (id) on delete cascade,
    phase_position  int  not null,
    position        int  not null,
    title           text not null,
    title_key       text,
    side            text not null check (side in ('customer', 'us')),
    due_offset_days int  not null
);
create index success_template_item_idx on success_template_item (template_id, phase_position, position);

create table success_plan (
    id              uuid primary key,
    company_id      uuid        not null references company (id) on delete restrict,
    template_id     uuid        not null references success_template (id) on delete restrict,
    go_live_on      date        not null,
    owner_user_id   uuid,
    owner_role_id   uuid,
    meeting_cadence text        not null default 'none'
        check (meeting_cadence in ('none', 'weekly', 'biweekly', 'monthly')),
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    created_by      uuid,
    updated_at      timestamptz not null default now(),
    updated_by      uuid
);
create unique index success_plan_company_idx on success_plan (company_id);
create index success_plan_go_live_idx on success_plan (go_live_on, id);
create index success_plan_owner_idx on success_plan (owner_user_id, go_live_on, id);

create table success_plan_phase (
    plan_id      uuid not null references success_plan (id) on delete restrict,
    position     int  not null,
    phase_key    text,
    name         text not null,
    start_months int  not null,
    end_months   int,
    primary key (plan_id, position)
);

create table success_plan_item (
    id              uuid primary key,
    plan_id         uuid        not null references success_plan (id) on delete restrict,
    phase_position  int         not null,
    position        int         not null,
    title           text        not null,
    title_key       text,
    side            text        not null check (side in ('customer', 'us')),
    owner_user_id   uuid,
    due_offset_days int         not null,
    done_at         timestamptz,
    done_by         uuid,
    notes           text        not null default '',
    version         bigint      not null default 0,
    updated_at      timestamptz not null default now(),
    updated_by      uuid
);
create index success_plan_item_plan_idx on success_plan_item (plan_id, phase_position, position);
-- the phase board counts open items per plan
create index success_plan_item_open_idx on success_plan_item (plan_id, due_offset_days) where done_at is null;

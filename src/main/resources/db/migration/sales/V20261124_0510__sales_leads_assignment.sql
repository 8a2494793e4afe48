-- Leads (見込客・問い合わせ): from the public inquiry form, the API or typed in; assigned round-robin among holders of
-- a job role, leaving out reps whose input-compliance score is under the threshold (seed 004), every assignment
-- with why that rep was chosen and who was skipped.
create table lead (
    id            uuid primary key,
    source        text        not null check (source in ('web_form', 'api', 'manual')),
    company_name  text        not null,
    person_name   text        not null default '',
    email         text        not null default '',
    phone         text        not null default '',
    message       text        not null default '',
    lead_source   text        not null default '',
    budget        bigint check (budget is null or budget >= 0),
    status        text        not null default 'new' check (status in ('new', 'qualified', 'disqualified')),
    assigned_to   uuid references app_user (id),
    company_id    uuid references company (id) on delete set null,
    deal_id       uuid references deal (id) on delete set null,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    created_by    uuid,
    updated_at    timestamptz not null default now(),
    updated_by    uuid
);
-- The leads page: by status, newest first; a rep's leads.
create index lead_status_idx on lead (status, created_at desc, id desc);
create index lead_assigned_idx on lead (assigned_to, created_at desc, id desc);

create table lead_assignment (
    id            uuid primary key,
    lead_id       uuid        not null references lead (id) on delete cascade,
    user_id       uuid references app_user (id),          -- null: nobody could take it
    -- Every candidate looked at, in round-robin order: [{userId, name, score, eligible, reason}]
    candidates    jsonb       not null default '[]'::jsonb,
    reason        text        not null,                   -- the message key of why
    threshold     integer,
    overridden_by uuid references app_user (id),          -- a manager chose the rep by hand
    created_at    timestamptz not null default now()
);
create index lead_assignment_lead_idx on lead_assignment (lead_id, created_at desc);

alter table sales_setting
    add column assign_role_id        uuid references job_role (id),
    add column min_compliance_score  integer not null default 60 check (min_compliance_score between 0 and 100),
    add column last_assigned_user_id uuid references app_user (id);

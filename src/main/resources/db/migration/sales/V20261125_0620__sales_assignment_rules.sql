-- Assignment rules per pipeline or source (seed 003/004): checked in order, the first that matches a lead decides who
-- gets it — round-robin or weighted among the holders of a job role, leaving out reps under the compliance threshold.
-- The rule in sales_setting stays as the default when none matches.
alter table lead add column pipeline_id uuid references pipeline (id);

create table assignment_rule (
    id                    uuid primary key,
    position              integer     not null,
    name                  text        not null check (length(name) between 1 and 100),
    pipeline_id           uuid references pipeline (id) on delete cascade,   -- null: any pipeline
    channel               text check (channel in ('web_form', 'api', 'manual')), -- null: any way in
    lead_source           text,                                              -- null: any source (展示会, 紹介 …)
    strategy              text        not null check (strategy in ('round_robin', 'weighted')),
    role_id               uuid        not null references job_role (id),
    min_compliance_score  integer     not null default 60 check (min_compliance_score between 0 and 100),
    -- weighted: {"<userId>": weight}; a holder not listed weighs 1, weight 0 never gets a lead
    weights               jsonb       not null default '{}'::jsonb,
    last_assigned_user_id uuid references app_user (id),
    version               bigint      not null default 0,
    created_at            timestamptz not null default now(),
    created_by            uuid,
    updated_at            timestamptz not null default now(),
    updated_by            uuid
);
create index assignment_rule_position_idx on assignment_rule (position, created_at);

alter table lead_assignment add column rule_id uuid references assignment_rule (id) on delete set null;
-- Weighted rules count what each rep already got from them.
create index lead_assignment_rule_idx on lead_assignment (rule_id, user_id) where rule_id is not null;

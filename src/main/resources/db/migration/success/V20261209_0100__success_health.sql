-- Health scores (seed 003 ⑦独自の顧客ヘルススコア): models the team designs (components = measures mapped to points
-- 0–10 by thresholds, with weights; bands 危険/注意/良好/拡大候補), the current score per customer, a daily snapshot
-- per customer, usage figures pushed through the API, and what entering a band started (with its reason).

-- A model version. Drafts are edited; a published one never changes (scores name it). A new draft of a published
-- model keeps its family (model_key) with the next number; publishing it retires the family's previous version.
create table success_health_model (
    id           uuid primary key,
    model_key    uuid        not null,
    number       int         not null default 1,
    name         text        not null,
    status       text        not null default 'draft' check (status in ('draft', 'published', 'retired')),
    position     int         not null default 0,
    definition   jsonb       not null,
    published_at timestamptz,
    published_by uuid,
    version      bigint      not null default 0,
    created_at   timestamptz not null default now(),
    created_by   uuid,
    updated_at   timestamptz not null default now(),
    updated_by   uuid,
    unique (model_key, number)
);
create unique index success_health_model_live_idx on success_health_model (model_key) where status = 'published';

-- The current score of each customer (what lists filter and sort by) and when it entered its band.
create table success_health_score (
    company_id    uuid          primary key references company (id) on delete restrict,
    model_id      uuid          not null references success_health_model (id) on delete restrict,
    model_number  int           not null,
    score         numeric(5, 1) not null,
    band          text          not null check (band in ('danger', 'caution', 'good', 'expansion')),
    band_since    date          not null,
    components    jsonb         not null,
    computed_on   date          not null,
    computed_at   timestamptz   not null default now()
);
create index success_health_score_band_idx on success_health_score (band, score, company_id);
create index success_health_score_score_idx on success_health_score (score, company_id);

-- One snapshot per customer and day: the daily job inserts "on conflict do nothing", so two instances (or a re-run)
-- leave one row.
create table success_health_snapshot (
    company_id   uuid          not null references company (id) on delete restrict,
    snapshot_on  date          not null,
    model_id     uuid          not null references success_health_model (id) on delete restrict,
    model_number int           not null,
    score        numeric(5, 1) not null,
    band         text          not null,
    components   jsonb         not null,
    created_at   timestamptz   not null default now(),
    primary key (company_id, snapshot_on)
);
create index success_health_snapshot_day_idx on success_health_snapshot (snapshot_on, company_id);

-- Usage figures pushed by API (seed 000: the portal's active-user rate), one value per metric, customer and day.
create table success_usage_metric (
    company_id uuid           not null references company (id) on delete restrict,
    metric     text           not null,
    measured_on date          not null,
    value      numeric(18, 4) not null,
    updated_at timestamptz    not null default now(),
    updated_by uuid,
    primary key (company_id, metric, measured_on)
);

-- What a score did: a drop alert to the owner, a churn-prevention playbook started, an upsell deal made; each with
-- its reason (band entered, score, model) and the record it made.
create table success_health_action (
    id          uuid primary key,
    company_id  uuid        not null references company (id) on delete restrict,
    kind        text        not null check (kind in ('drop_alert', 'playbook', 'deal')),
    band        text,
    score       numeric(5, 1),
    reason      text        not null,
    record_id   uuid,
    owner_id    uuid,
    created_at  timestamptz not null default now()
);
create index success_health_action_company_idx on success_health_action (company_id, created_at desc, id);

-- Purchase figures per customer (seed 002: F0–F4 stages, 12-month LTV against ¥35,000) and RFM scores. Derived
-- from commerce's paid orders: kept current per order (OrderPaid) and rebuildable from scratch at any time, so the
-- table has no foreign key and no history of its own.

create table marketing_setting (
    id          integer primary key check (id = 1),
    -- Paid orders needed for F2, F3 and F4 (F1 is the first); F0 has none.
    f2_from     integer     not null default 2,
    f3_from     integer     not null default 3,
    f4_from     integer     not null default 4,
    ltv_goal    bigint      not null default 35000 check (ltv_goal >= 0),
    version     bigint      not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  uuid,
    check (f2_from >= 2 and f3_from > f2_from and f4_from > f3_from and f4_from <= 100)
);
insert into marketing_setting (id) values (1);

create table customer_figures (
    company_id   uuid primary key,
    paid_orders  integer     not null,
    revenue      bigint      not null,
    first_on     date        not null,
    last_on      date        not null,
    -- Revenue (with tax) of paid orders in the twelve months from the first one.
    ltv_12m      bigint      not null,
    f_stage      integer     not null check (f_stage between 1 and 4),
    -- The order date of the paid order that reached each stage.
    f2_on        date,
    f3_on        date,
    f4_on        date,
    r_score      integer     not null default 1,
    f_score      integer     not null default 1,
    m_score      integer     not null default 1,
    updated_at   timestamptz not null default now()
);
-- Segments and reports: by stage, by LTV, by cohort (month of the first purchase), by stage dates, by last order.
create index customer_figures_stage_idx on customer_figures (f_stage);
create index customer_figures_ltv_idx on customer_figures (ltv_12m);
create index customer_figures_first_idx on customer_figures (first_on);
create index customer_figures_f2_idx on customer_figures (f2_on) where f2_on is not null;
create index customer_figures_f3_idx on customer_figures (f3_on) where f3_on is not null;
create index customer_figures_f4_idx on customer_figures (f4_on) where f4_on is not null;
create index customer_figures_last_idx on customer_figures (last_on);

-- The quintile boundaries (20/40/60/80%) the scores were given against, computed by the last rebuild.
create table rfm_boundary (
    measure     text primary key check (measure in ('recency', 'frequency', 'monetary')),
    q20         bigint      not null,
    q40         bigint      not null,
    q60         bigint      not null,
    q80         bigint      not null,
    computed_at timestamptz not null default now()
);


-- Contracts, renewals and churn (seed 003's 顧客カルテ: 契約状況, 契約更新・契約プラン変更履歴, 解約時のヒアリング).
-- Contracts live in success, not commerce: they are the customer-success lifecycle (renewal, early renewal, churn),
-- while commerce keeps one-off quotes, orders and payments. Money is whole yen.

create table success_contract (
    id                    uuid primary key,
    company_id            uuid        not null references company (id) on delete restrict,
    plan_name             text        not null,
    amount                bigint      not null check (amount >= 0),
    billing               text        not null check (billing in ('monthly', 'yearly')),
    currency              text        not null default 'JPY',
    starts_on             date        not null,
    ends_on               date        not null,
    auto_renew            boolean     not null default false,
    notice_days           int         not null default 30 check (notice_days between 0 and 365),
    renewal_owner_user_id uuid,
    status                text        not null default 'active' check (status in ('active', 'churned')),
    version               bigint      not null default 0,
    created_at            timestamptz not null default now(),
    created_by            uuid,
    updated_at            timestamptz not null default now(),
    updated_by            uuid,
    check (ends_on >= starts_on)
);
create index success_contract_company_idx on success_contract (company_id, starts_on, id);
create index success_contract_renewal_idx on success_contract (ends_on, id) where status = 'active';

-- Every plan change kept: from → to, when, the amount before and after, why.
create table success_contract_change (
    id            uuid primary key,
    contract_id   uuid        not null references success_contract (id) on delete restrict,
    changed_on    date        not null,
    from_plan     text        not null,
    to_plan       text        not null,
    amount_before bigint      not null,
    amount_after  bigint      not null,
    reason        text        not null default '',
    created_at    timestamptz not null default now(),
    created_by    uuid
);
create index success_contract_change_idx on success_contract_change (contract_id, changed_on, id);

-- A renewal decided: the term runs on to new_ends_on; early when decided at least N days before the old end.
create table success_contract_renewal (
    id                uuid primary key,
    contract_id       uuid        not null references success_contract (id) on delete restrict,
    decided_on        date        not null,
    previous_ends_on  date        not null,
    new_ends_on       date        not null,
    early             boolean     not null,
    created_at        timestamptz not null default now(),
    created_by        uuid,
    check (new_ends_on > previous_ends_on)
);
create index success_contract_renewal_idx2 on success_contract_renewal (decided_on, id);
create index success_contract_renewal_contract_idx on success_contract_renewal (contract_id, decided_on);

create table success_churn_reason (
    id       uuid primary key,
    name     text    not null,
    position int     not null default 0,
    retired  boolean not null default false
);
create unique index success_churn_reason_name_idx on success_churn_reason (lower(name));
insert into success_churn_reason (id, name, position) values
    ('0d5e1c00-0000-4000-8000-000000000101', '費用対効果', 0),
    ('0d5e1c00-0000-4000-8000-000000000102', '使いこなせない・定着しない', 1),
    ('0d5e1c00-0000-4000-8000-000000000103', '事業縮小・閉店', 2),
    ('0d5e1c00-0000-4000-8000-000000000104', '他社サービスへ移行', 3),
    ('0d5e1c00-0000-4000-8000-000000000105', 'サポートへの不満', 4),
    ('0d5e1c00-0000-4000-8000-000000000106', 'その他', 5);

-- The churn and its interview (解約要因 + 仮説, ヒアリング内容 + 改善案).
create table success_churn (
    id          uuid primary key,
    contract_id uuid        not null references success_contract (id) on delete restrict,
    company_id  uuid        not null references company (id) on delete restrict,
    churned_on  date        not null,
    reason_id   uuid        not null references success_churn_reason (id),
    questions   text        not null default '',
    answers     text        not null default '',
    cause       text        not null default '',
    improvement text        not null default '',
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid
);
create unique index success_churn_contract_idx on success_churn (contract_id);
create index success_churn_date_idx on success_churn (churned_on, id);

create table success_setting (
    key   text primary key,
    value text not null
);
insert into success_setting (key, value) values ('earlyRenewalDays', '30');

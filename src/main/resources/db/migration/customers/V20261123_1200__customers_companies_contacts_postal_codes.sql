-- Customers: companies (B2B) and individual customers (B2C) in one table, their contacts, postal codes.
create extension if not exists pg_trgm;

create table company (
    id               uuid primary key,
    kind             text   not null check (kind in ('company', 'individual')),
    name             text   not null,
    name_kana        text   not null default '' collate "C",
    corporate_number text check (corporate_number ~ '^[0-9]{13}$'),
    postal_code      text check (postal_code ~ '^[0-9]{7}$'),
    prefecture       text   not null default '',
    city             text   not null default '',
    street           text   not null default '',
    building         text   not null default '',
    phone            text,                                   -- E.164, e.g. +81312345678
    phone_display    text   not null default '',             -- as Japanese people write it: 03-1234-5678
    email            text,
    website          text   not null default '',
    representative   text   not null default '',
    industry         text   not null default '',
    employee_count   integer check (employee_count >= 0),
    annual_revenue   bigint check (annual_revenue >= 0),     -- yen
    lead_source      text   not null default '',
    owner_id         uuid references app_user (id),
    tags             text[] not null default '{}',
    status           text   not null check (status in ('prospect', 'customer', 'former')),
    birthday         date,
    email_opt_in     boolean not null default false,
    phone_opt_in     boolean not null default false,
    line_opt_in      boolean not null default false,
    search_text      text   not null default '',             -- folded name, reading, phone digits, e-mail, number
    version          bigint not null default 0,
    created_at       timestamptz not null default now(),
    created_by       uuid,
    updated_at       timestamptz not null default now(),
    updated_by       uuid
);
-- Lists sort by furigana (then id for a stable keyset); each filter that lists use has its own index.
create index company_kana_idx on company (name_kana, id);
create index company_owner_kana_idx on company (owner_id, name_kana, id);
create index company_status_kana_idx on company (status, name_kana, id);
create index company_kind_kana_idx on company (kind, name_kana, id);
create index company_created_idx on company (created_at, id);
create index company_search_trgm on company using gin (search_text gin_trgm_ops);
create index company_phone_idx on company (phone);
create unique index company_corporate_number_uq on company (corporate_number);
create index company_tags_idx on company using gin (tags);

create table contact (
    id            uuid primary key,
    company_id    uuid   not null references company (id),
    name          text   not null,
    name_kana     text   not null default '' collate "C",
    department    text   not null default '',
    title         text   not null default '',
    phone         text,
    phone_display text   not null default '',
    mobile        text,
    mobile_display text  not null default '',
    email         text,
    notes         text   not null default '',
    is_primary    boolean not null default false,
    search_text   text   not null default '',
    version       bigint not null default 0,
    created_at    timestamptz not null default now(),
    created_by    uuid,
    updated_at    timestamptz not null default now(),
    updated_by    uuid
);
create index contact_company_idx on contact (company_id, is_primary desc, name_kana, id);
create index contact_kana_idx on contact (name_kana, id);
create index contact_search_trgm on contact using gin (search_text gin_trgm_ops);
create index contact_email_idx on contact (lower(email));
create index contact_phone_idx on contact (phone);
create index contact_mobile_idx on contact (mobile);

-- A contact who moves to another company keeps their history: where they were, and until when.
create table contact_move (
    id              bigint generated always as identity primary key,
    contact_id      uuid not null references contact (id),
    from_company_id uuid not null references company (id),
    to_company_id   uuid not null references company (id),
    moved_at        timestamptz not null default now(),
    moved_by        uuid
);
create index contact_move_contact_idx on contact_move (contact_id, moved_at);

-- Japan Post's postal codes (bundled resource, loaded on first start). One row per code and town.
create table postal_code (
    code            text not null,
    seq             int  not null,
    prefecture      text not null,
    city            text not null,
    town            text not null,
    prefecture_kana text not null,
    city_kana       text not null,
    town_kana       text not null,
    primary key (code, seq)
);

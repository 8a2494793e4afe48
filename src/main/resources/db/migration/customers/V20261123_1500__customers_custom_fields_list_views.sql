-- Custom fields (kintone's and Salesforce's core strength): definitions are data, values live in one jsonb column
-- per record. Each custom field that lists can filter or sort by gets its own expression index on
-- (value, name_kana, id), created with the field (CustomFieldIndexes), so "filter by it, sorted by furigana" and
-- "sort by it" read one index range, exactly like a built-in column. Missing values are compared as JSON null.
alter table company add column custom_fields jsonb not null default '{}';
alter table contact add column custom_fields jsonb not null default '{}';
-- Multiple-choice containment (custom_fields @> '{"key":["A"]}') goes through one GIN index for all fields.
create index company_custom_fields_gin on company using gin (custom_fields jsonb_path_ops);

create table custom_field (
    id          uuid primary key,
    object_type text not null check (object_type in ('company', 'contact')),
    field_key   text not null check (field_key ~ '^[a-z][a-z0-9_]{0,39}$'),
    label       text not null,                 -- as the office calls it, usually Japanese
    label_en    text not null default '',      -- shown to English-speaking users when given
    field_type  text not null check (field_type in ('text', 'long_text', 'number', 'money', 'date', 'single_choice',
                                                    'multiple_choice', 'checkbox', 'url', 'user')),
    options     text[] not null default '{}',  -- choices, in the order offered
    position    integer not null,
    retired     boolean not null default false,
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid,
    unique (object_type, field_key)
);
create index custom_field_position_idx on custom_field (object_type, position);

-- Saved list views: a name, the list's query string (filters, sort, columns), private or shared with everyone.
create table list_view (
    id          uuid primary key,
    object_type text not null,
    name        text not null,
    owner_id    uuid not null references app_user (id),
    shared      boolean not null default false,
    query       text not null,
    version     bigint not null default 0,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index list_view_owner_idx on list_view (object_type, owner_id, name);
create index list_view_shared_idx on list_view (object_type, name) where shared;

-- Built-in columns a list can sort by: each (value, furigana, id), so ties read in あいうえお order.
create index company_prefecture_kana_idx on company (prefecture, name_kana, id);
create index company_updated_idx on company (updated_at, id);
create index company_employees_kana_idx on company ((coalesce(employee_count, -1)), name_kana, id);
create index company_revenue_kana_idx on company ((coalesce(annual_revenue, -1)), name_kana, id);

-- Deleting a customer removes its contacts and their move history with it (the audit log keeps the record).
alter table contact drop constraint contact_company_id_fkey,
    add constraint contact_company_id_fkey foreign key (company_id) references company (id) on delete cascade;
alter table contact_move drop constraint contact_move_contact_id_fkey,
    add constraint contact_move_contact_id_fkey foreign key (contact_id) references contact (id) on delete cascade;
alter table contact_move drop constraint contact_move_from_company_id_fkey,
    add constraint contact_move_from_company_id_fkey foreign key (from_company_id) references company (id) on delete cascade;
alter table contact_move drop constraint contact_move_to_company_id_fkey,
    add constraint contact_move_to_company_id_fkey foreign key (to_company_id) references company (id) on delete cascade;

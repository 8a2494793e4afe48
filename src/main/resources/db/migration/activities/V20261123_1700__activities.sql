-- Activities (対応履歴): every call, e-mail, visit, letter, LINE message, chat and web meeting with a customer,
-- and notes. Channels and types are data that administrators extend; details templates per type.
create table activity_option (
    id        uuid primary key,
    kind      text    not null check (kind in ('channel', 'type')),
    name      text    not null,
    name_en   text    not null default '',
    is_call   boolean not null default false,   -- a channel whose activities have an outcome (通話/不通)
    position  integer not null,
    retired   boolean not null default false,
    version   bigint  not null default 0,
    unique (kind, name)
);

create table activity_template (
    id       uuid primary key,
    type_id  uuid    not null references activity_option (id),
    title    text    not null,
    body     text    not null,                   -- with blanks written as ＿＿ for the rep to fill
    position integer not null,
    retired  boolean not null default false,
    version  bigint  not null default 0
);
create index activity_template_type_idx on activity_template (type_id, position);

create table activity (
    id                uuid primary key,
    kind              text        not null default 'activity' check (kind in ('activity', 'note')),
    occurred_at       timestamptz not null,
    logged_at         timestamptz not null default now(),
    user_id           uuid        not null references app_user (id),
    channel_id        uuid references activity_option (id),
    type_id           uuid references activity_option (id),
    company_id        uuid        not null references company (id) on delete cascade,
    contact_id        uuid references contact (id) on delete set null,
    deal_id           uuid,                       -- set by the sales module; no foreign key across modules
    outcome           text check (outcome in ('reached', 'unreached')),
    details           text        not null default '',
    follow_up_action  text,
    follow_up_on      date,
    follow_up_done_at timestamptz,
    version           bigint      not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    updated_by        uuid
);
-- A customer's timeline, newest first; a contact's; a rep's day (daily report, compliance); open follow-ups.
create index activity_company_idx on activity (company_id, occurred_at desc, id desc);
create index activity_contact_idx on activity (contact_id, occurred_at desc, id desc) where contact_id is not null;
create index activity_user_idx on activity (user_id, occurred_at, id);
create index activity_occurred_idx on activity (occurred_at, id);
create index activity_follow_up_idx on activity (user_id, follow_up_on) where follow_up_on is not null and follow_up_done_at is null;

-- The channels and types every office starts with (seed 004); administrators add their own.
insert into activity_option (id, kind, name, name_en, is_call, position) values
    (gen_random_uuid(), 'channel', '電話', 'Phone', true, 1),
    (gen_random_uuid(), 'channel', 'メール', 'E-mail', false, 2),
    (gen_random_uuid(), 'channel', '訪問', 'Visit', false, 3),
    (gen_random_uuid(), 'channel', '手紙/はがき', 'Letter / postcard', false, 4),
    (gen_random_uuid(), 'channel', 'LINE', 'LINE', false, 5),
    (gen_random_uuid(), 'channel', 'チャット', 'Chat', false, 6),
    (gen_random_uuid(), 'channel', 'Web会議', 'Web meeting', false, 7),
    (gen_random_uuid(), 'type', '商品問い合わせ', 'Product inquiry', false, 1),
    (gen_random_uuid(), 'type', '納期確認', 'Delivery date', false, 2),
    (gen_random_uuid(), 'type', '受注確認', 'Order confirmation', false, 3),
    (gen_random_uuid(), 'type', 'クレーム', 'Complaint', false, 4),
    (gen_random_uuid(), 'type', 'その他', 'Other', false, 5);

-- Identity: users, permission levels, job roles (担当), teams, API tokens, sign-in failures.

create table app_user (
    id                   uuid primary key,
    email                text    not null,
    display_name         text    not null,
    name_kana            text    not null default '' collate "C",
    password_hash        text    not null,
    permission_level     text    not null check (permission_level in ('ADMIN', 'MANAGER', 'MEMBER', 'VIEWER')),
    locale               text    not null default 'ja' check (locale in ('ja', 'en')),
    time_zone            text    not null default 'Asia/Tokyo',
    active               boolean not null default true,
    must_change_password boolean not null default false,
    version              bigint  not null default 0,
    created_at           timestamptz not null default now(),
    created_by           uuid,
    updated_at           timestamptz not null default now(),
    updated_by           uuid
);
-- E-mail is stored lower-cased; the unique index also serves "sort by e-mail".
create unique index app_user_email_uq on app_user (email);
create index app_user_kana_idx on app_user (name_kana, id);
create index app_user_created_idx on app_user (created_at, id);

create table job_role (
    id          uuid primary key,
    name        text    not null,
    description text    not null default '',
    retired     boolean not null default false,
    version     bigint  not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid
);
create unique index job_role_name_uq on job_role (lower(name));

create table user_job_role (
    user_id uuid not null references app_user (id),
    role_id uuid not null references job_role (id),
    primary key (user_id, role_id)
);
create index user_job_role_role_idx on user_job_role (role_id);

create table team (
    id         uuid primary key,
    name       text   not null,
    manager_id uuid references app_user (id),
    version    bigint not null default 0,
    created_at timestamptz not null default now(),
    created_by uuid,
    updated_at timestamptz not null default now(),
    updated_by uuid
);
create unique index team_name_uq on team (lower(name));

create table team_member (
    team_id uuid not null references team (id),
    user_id uuid not null references app_user (id),
    primary key (team_id, user_id)
);
create index team_member_user_idx on team_member (user_id);

create table api_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id),
    name         text not null,
    token_hash   text not null,
    token_prefix text not null,
    scope        text not null check (scope in ('read', 'write')),
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_token_hash_uq on api_token (token_hash);
create index api_token_user_idx on api_token (user_id, created_at desc);

create table login_failure (
    id        bigint generated always as identity primary key,
    email     text not null,
    ip        text,
    failed_at timestamptz not null default now()
);
create index login_failure_email_idx on login_failure (email, failed_at);
create index login_failure_ip_idx on login_failure (ip, failed_at);

-- Platform tables: audit log, idempotency keys, sessions, remember-me, job locks, event publications.

-- Append-only audit log: who did what to which record, with before/after values.
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null default now(),
    actor_id      uuid,
    actor_name    text        not null,
    action        text        not null,
    object_type   text,
    object_id     text,
    summary       text,
    before_value  jsonb,
    after_value   jsonb,
    ip            text
);
-- The list pages page by id (newest first); these serve their filters.
create index audit_event_actor_idx  on audit_event (actor_id, id desc);
create index audit_event_action_idx on audit_event (action, id desc);
create index audit_event_object_idx on audit_event (object_type, object_id, id desc);
create index audit_event_time_idx   on audit_event (occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Idempotency-Key: the same key and body from the same caller get the stored answer again.
create table idempotency_key (
    actor_id        uuid        not null,
    idem_key        text        not null,
    request_hash    text        not null,
    response_status int,
    response_type   text,
    response_body   bytea,
    created_at      timestamptz not null default now(),
    primary key (actor_id, idem_key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);

-- Spring Session JDBC (schema from spring-session-jdbc 4.1, PostgreSQL flavour).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Remember-me tokens (Spring Security persistent token scheme), shared by every instance.
create table persistent_logins (
    series    varchar(64)  primary key,
    username  varchar(320) not null,
    token     varchar(64)  not null,
    last_used timestamp    not null
);
create index persistent_logins_user_idx on persistent_logins (username);

-- ShedLock: a scheduled job runs on one instance at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

-- Spring Modulith event publication registry (schema v2 from spring-modulith-events-jdbc 2.1).
create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Which sample data sets have been loaded, so a restart never loads them twice.
create table sample_data_load (
    name      text primary key,
    loaded_at timestamptz not null default now()
);

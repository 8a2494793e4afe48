-- Keys this installation signs things with, the same for every instance. The cursor key seals list cursors so
-- that a cursor the server did not hand out is refused (400) before any of its values reaches a query.
create table platform_secret (
    name       text primary key,
    secret     bytea not null,
    created_at timestamptz not null default now()
);

-- 244 random bits from two version-4 UUIDs (gen_random_uuid uses PostgreSQL's strong random source).
insert into platform_secret (name, secret)
values ('cursor', decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

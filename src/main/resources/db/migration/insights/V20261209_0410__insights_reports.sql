-- Reports people build (issue 22): a checked definition (source, measure, grouping, filters, chart) as JSON, the
-- person who made it, and whether everyone may open it.
create table report (
    id         uuid primary key,
    name       text        not null,
    shared     boolean     not null default false,
    definition jsonb       not null,
    owner_id   uuid        not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index report_owner_idx on report (owner_id, name, id);
create index report_shared_idx on report (name, id) where shared;

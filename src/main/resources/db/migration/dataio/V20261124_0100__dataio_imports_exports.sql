-- Imports: one row per uploaded file; its progress is committed with each batch of rows, so a restart resumes
-- after the last committed row. What each row created is kept (undo, and no row written twice).
create table data_import (
    id            uuid primary key,
    object_type   text   not null check (object_type in ('company', 'contact')),
    file_name     text   not null,
    file_key      text   not null,
    file_hash     text   not null,                       -- SHA-256 of the bytes: the same file again is the same import
    file_size     bigint not null,
    format        text   not null check (format in ('csv', 'xlsx')),
    charset       text   not null default 'auto',        -- auto, utf-8, cp932, utf-16
    header        jsonb  not null default '[]',
    mapping       jsonb  not null default '[]',          -- the target field of each column, '' = left out
    mode          text   not null default 'insert' check (mode in ('insert', 'update', 'upsert')),
    match_key     text,                                  -- externalId, corporateNumber or phone
    status        text   not null default 'uploaded' check (status in ('uploaded', 'dry_run_queued', 'dry_running',
                      'dry_run_done', 'queued', 'running', 'done', 'failed', 'cancelled', 'undone')),
    batch_size    int    not null default 5000,
    total_rows    bigint,
    rows_done     bigint not null default 0,
    created       bigint not null default 0,
    updated       bigint not null default 0,
    skipped       bigint not null default 0,
    failed        bigint not null default 0,
    dry_created   bigint,
    dry_updated   bigint,
    dry_skipped   bigint,
    dry_failed    bigint,
    started_at    timestamptz,
    finished_at   timestamptz,
    lease_until   timestamptz,
    error         text,
    version       bigint not null default 0,
    created_at    timestamptz not null default now(),
    created_by    uuid,
    updated_at    timestamptz not null default now(),
    updated_by    uuid
);
create index data_import_created_idx on data_import (created_at desc, id);
create index data_import_hash_idx on data_import (object_type, file_hash);
create index data_import_pending_idx on data_import (status, lease_until) where status in ('queued', 'running', 'dry_run_queued', 'dry_running');

-- The record each row created or updated; the primary key makes a row count once however often a batch is retried.
create table data_import_record (
    import_id  uuid   not null references data_import (id) on delete cascade,
    row_no     bigint not null,
    record_id  uuid   not null,
    action     text   not null check (action in ('created', 'updated')),
    primary key (import_id, row_no)
);

-- Per-row problems of a dry run ('dry') or a real run ('run'): row, column, value, field, rule.
create table data_import_error (
    id          bigint generated always as identity primary key,
    import_id   uuid   not null references data_import (id) on delete cascade,
    pass        text   not null check (pass in ('dry', 'run')),
    row_no      bigint not null,
    column_name text   not null default '',
    value       text   not null default '',
    field       text   not null default '',
    code        text   not null,
    arguments   jsonb  not null default '[]'
);
create index data_import_error_row_idx on data_import_error (import_id, pass, row_no, id);

-- Ids that records had in the system they came from (kintone レコード番号, Salesforce Id, HubSpot Record ID …),
-- so a second import updates instead of duplicating, and contacts can find their company by it.
create table external_key (
    object_type text not null,
    external_id text not null,
    record_id   uuid not null,
    import_id   uuid,
    primary key (object_type, external_id)
);
create index external_key_record_idx on external_key (record_id);

-- Mappings saved for reuse: the target of each header name.
create table import_mapping (
    id          uuid primary key,
    object_type text   not null,
    name        text   not null,
    mapping     jsonb  not null,                         -- {"header": "target", ...}
    created_at  timestamptz not null default now(),
    created_by  uuid,
    unique (object_type, name)
);

-- Exports run in the background; the file is kept under the data directory until it is downloaded or purged.
create table data_export (
    id          uuid primary key,
    object_type text   not null check (object_type in ('company', 'contact')),
    query       text   not null default '',              -- the list's query string (filters and sort)
    columns     jsonb  not null default '[]',
    format      text   not null check (format in ('csv-utf8', 'csv-cp932', 'xlsx')),
    status      text   not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
    rows_done   bigint not null default 0,
    file_key    text,
    file_name   text   not null,
    error       text,
    lease_until timestamptz,
    locale      text   not null default 'ja',
    created_at  timestamptz not null default now(),
    created_by  uuid,
    finished_at timestamptz
);
create index data_export_created_idx on data_export (created_by, created_at desc);
create index data_export_pending_idx on data_export (status) where status in ('queued', 'running');

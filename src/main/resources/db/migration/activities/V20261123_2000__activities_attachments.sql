-- Files on activities and notes (photos of documents, PDFs). The bytes live in the file store (under the data
-- directory); the row keeps what people see and the store's key.
create table activity_attachment (
    id           uuid primary key,
    activity_id  uuid   not null references activity (id) on delete cascade,
    file_name    text   not null,
    content_type text   not null,
    size_bytes   bigint not null check (size_bytes > 0),
    storage_key  text   not null,
    created_at   timestamptz not null default now(),
    created_by   uuid
);
create index activity_attachment_activity_idx on activity_attachment (activity_id, created_at);

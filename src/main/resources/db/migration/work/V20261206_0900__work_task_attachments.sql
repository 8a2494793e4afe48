-- Files on a task (a proof to check, the order sheet, the customer's logo data): the bytes in the file store, the
-- row with what people see and the store's key.
create table task_attachment (
    id           uuid primary key,
    task_id      uuid   not null references task (id) on delete cascade,
    file_name    text   not null,
    content_type text   not null,
    size_bytes   bigint not null check (size_bytes > 0),
    storage_key  text   not null,
    created_at   timestamptz not null default now(),
    created_by   uuid references app_user (id)
);
-- The task page's list, oldest first.
create index task_attachment_task_idx on task_attachment (task_id, created_at, id);

-- Business cards (issue 23): an uploaded card image waits as queued until a worker claims it (lease_until, taken with
-- for update skip locked so two instances never read one card twice), is recognised (fields with a confidence each,
-- as JSON), reviewed by an assistant and confirmed into a contact. The image stays: the card keeps its contact.

create table business_card (
    id             uuid primary key,
    status         text        not null default 'queued'
        check (status in ('queued', 'recognised', 'reviewed', 'failed')),
    file_key       text        not null,
    file_name      text        not null,
    content_type   text        not null,
    file_size      bigint      not null,
    back_key       text,
    back_type      text,
    back_size      bigint,
    owner_id       uuid        not null,
    fields         jsonb       not null default '{}',
    ocr_text       text,
    error          text,
    attempts       int         not null default 0,
    lease_until    timestamptz,
    seconds        numeric(8, 2),
    recognised_at  timestamptz,
    contact_id     uuid references contact (id) on delete restrict,
    company_id     uuid references company (id) on delete restrict,
    reviewed_at    timestamptz,
    reviewed_by    uuid,
    version        bigint      not null default 0,
    created_at     timestamptz not null default now(),
    created_by     uuid,
    updated_at     timestamptz not null default now(),
    updated_by     uuid
);
-- the list by status, newest first (filter[status], keyset on created_at, id)
create index business_card_status_idx on business_card (status, created_at desc, id desc);
create index business_card_list_idx on business_card (created_at desc, id desc);
-- the worker's queue: oldest waiting card first
create index business_card_queue_idx on business_card (created_at) where status = 'queued';
create index business_card_contact_idx on business_card (contact_id) where contact_id is not null;
create index business_card_company_idx on business_card (company_id) where company_id is not null;

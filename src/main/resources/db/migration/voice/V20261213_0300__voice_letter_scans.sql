-- A postcard's scan or photo (front, and the back when there is one) taken at intake: its text is read on this machine
-- (Tesseract) to fill the intake form, where a person corrects it before the letter is added; then the scan belongs to
-- that letter (letter_id, once) and its images are shown beside the research panel. The files stay in the file store;
-- the row keeps their keys; confidences holds each read line's confidence (0–100), in the order of read_text's lines.
-- A scan points at the letter only, so a customer merge that moves the letter keeps it.

create table voice_letter_scan (
    id           uuid primary key,
    letter_id    uuid unique references voice_letter (id) on delete restrict,
    front_key    text        not null,
    front_type   text        not null,
    front_size   bigint      not null check (front_size > 0),
    back_key     text,
    back_type    text,
    back_size    bigint check (back_size > 0),
    recognition  text        not null check (recognition in ('read', 'unavailable', 'failed')),
    read_text    text        not null default '' check (length(read_text) <= 20000),
    confidences  int[]       not null default '{}',
    vertical     boolean     not null default false,
    version      bigint      not null default 0,
    created_at   timestamptz not null default now(),
    created_by   uuid,
    updated_at   timestamptz not null default now(),
    updated_by   uuid,
    check ((back_key is null) = (back_type is null) and (back_key is null) = (back_size is null))
);

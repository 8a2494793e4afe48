-- Seed 002's お手紙返信 (postcard reply desk): a customer's postcard or letter typed in, answered by one writer (claimed,
-- so two people never answer the same one) with three outputs under their timers (the reply 30 min, three catch copies
-- 15, a creative rough 15), submitted to the department head, approved or returned with comments, and marked sent.
-- Due at 18:00 of the board's backlog day (two business days after it came in): nothing may wait longer.

create table voice_letter (
    id               uuid primary key,
    kind             text        not null default 'postcard' check (kind in ('postcard', 'letter')),
    company_id       uuid        not null references company (id) on delete restrict,
    contact_id       uuid references contact (id) on delete restrict,
    received_on      date        not null,
    due_at           timestamptz not null,
    body             text        not null check (length(body) <= 4000),
    status           text        not null default 'received'
        check (status in ('received', 'writing', 'submitted', 'returned', 'approved', 'sent')),
    assignee_id      uuid,
    claimed_at       timestamptz,
    researched_at    timestamptz,
    reply            text        not null default '' check (length(reply) <= 8000),
    copy1            text        not null default '' check (length(copy1) <= 200),
    copy2            text        not null default '' check (length(copy2) <= 200),
    copy3            text        not null default '' check (length(copy3) <= 200),
    rough            text        not null default '' check (length(rough) <= 4000),
    reply_seconds    int         not null default 0 check (reply_seconds >= 0),
    copies_seconds   int         not null default 0 check (copies_seconds >= 0),
    rough_seconds    int         not null default 0 check (rough_seconds >= 0),
    timer_output     text check (timer_output in ('reply', 'copies', 'rough')),
    timer_started_at timestamptz,
    submitted_at     timestamptz,
    approved_at      timestamptz,
    sent_at          timestamptz,
    activity_id      uuid,
    overdue_alerted_at timestamptz,
    version          bigint      not null default 0,
    created_at       timestamptz not null default now(),
    created_by       uuid,
    updated_at       timestamptz not null default now(),
    updated_by       uuid,
    check ((timer_output is null) = (timer_started_at is null))
);
-- The desk's queue: open letters, oldest due first (and a writer's own).
create index voice_letter_queue_idx on voice_letter (due_at, id) where status <> 'sent';
create index voice_letter_assignee_idx on voice_letter (assignee_id, due_at, id) where status <> 'sent';
create index voice_letter_all_idx on voice_letter (due_at, id);
create index voice_letter_company_idx on voice_letter (company_id);
create index voice_letter_contact_idx on voice_letter (contact_id);

-- The department head's decisions, with the comments of a return.
create table voice_letter_review (
    id          uuid primary key,
    letter_id   uuid        not null references voice_letter (id) on delete restrict,
    decision    text        not null check (decision in ('approved', 'returned')),
    comment     text        not null default '' check (length(comment) <= 2000),
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid
);
create index voice_letter_review_letter_idx on voice_letter_review (letter_id, created_at);

-- Each stretch of a timer: who wrote which output on which day for how long (the writers' daily hour and streaks).
create table voice_letter_time (
    id          uuid primary key,
    letter_id   uuid        not null references voice_letter (id) on delete restrict,
    writer_id   uuid        not null,
    output      text        not null check (output in ('reply', 'copies', 'rough')),
    work_day    date        not null,
    seconds     int         not null check (seconds >= 0),
    created_at  timestamptz not null default now()
);
create index voice_letter_time_writer_idx on voice_letter_time (writer_id, work_day);
create index voice_letter_time_letter_idx on voice_letter_time (letter_id);

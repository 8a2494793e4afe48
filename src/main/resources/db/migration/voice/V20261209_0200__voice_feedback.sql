-- Voice of the customer (お客様の声), seed 000's 改善要求・不満点の報告 board and seed 001's 「お客様の声から生まれた機能」:
-- feedback items, one vote per customer (weighted by the customer's yearly contract revenue when voted), merges that
-- keep every vote, and the e-mails that closed the loop (claimed before sending, so one is never sent twice).

create table voice_feedback (
    id               uuid primary key,
    kind             text        not null check (kind in ('request', 'complaint', 'defect', 'praise')),
    body             text        not null check (length(body) <= 4000),
    source           text        not null check (source in ('call', 'meeting', 'survey', 'postcard', 'email', 'web')),
    product_area     text        not null default '',
    status           text        not null default 'received'
        check (status in ('received', 'considering', 'planned', 'done', 'declined', 'merged')),
    status_reason    text        not null default '',
    merged_into_id   uuid references voice_feedback (id) on delete restrict,
    company_id       uuid references company (id) on delete restrict,
    contact_id       uuid references contact (id) on delete restrict,
    activity_id      uuid,
    vote_count       int         not null default 0,
    revenue_at_stake bigint      not null default 0,
    closed_at        timestamptz,
    version          bigint      not null default 0,
    created_at       timestamptz not null default now(),
    created_by       uuid,
    updated_at       timestamptz not null default now(),
    updated_by       uuid
);
create index voice_feedback_votes_idx on voice_feedback (vote_count, id);
create index voice_feedback_revenue_idx on voice_feedback (revenue_at_stake, id);
create index voice_feedback_created_idx on voice_feedback (created_at, id);
create index voice_feedback_company_idx on voice_feedback (company_id);
create index voice_feedback_contact_idx on voice_feedback (contact_id);

create table voice_feedback_vote (
    id          uuid primary key,
    feedback_id uuid        not null references voice_feedback (id) on delete restrict,
    company_id  uuid        not null references company (id) on delete restrict,
    contact_id  uuid references contact (id) on delete restrict,
    revenue     bigint      not null default 0 check (revenue >= 0),
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid,
    unique (feedback_id, company_id)
);
create index voice_feedback_vote_company_idx on voice_feedback_vote (company_id, feedback_id);
create index voice_feedback_vote_contact_idx on voice_feedback_vote (contact_id);

create table voice_reply_mail (
    feedback_id uuid        not null references voice_feedback (id) on delete restrict,
    to_address  text        not null,
    status      text        not null default 'sending' check (status in ('sending', 'sent')),
    sent_at     timestamptz,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    primary key (feedback_id, to_address)
);

-- Segments, e-mail templates, campaigns, step sequences and the per-recipient mail log (issue 20, seed 002's
-- ステップメール / キャンペーンメール / バースデーDM). Mail goes only to customers who opted in (特定電子メール法).

-- A saved, dynamic filter over customers: conditions [{field, op, value}] all of which a customer meets.
create table segment (
    id          uuid primary key,
    name        text        not null,
    description text        not null default '',
    conditions  jsonb       not null default '[]',
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid
);
create index segment_name_idx on segment (name, id);

-- Subject and bodies may hold merge fields ({{氏名}}, {{会社名}}, {{次回お届け日}} …), checked when saved.
create table email_template (
    id          uuid primary key,
    name        text        not null,
    subject     text        not null,
    body_text   text        not null,
    body_html   text        not null default '',
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid
);
create index email_template_name_idx on email_template (name, id);

-- A template sent to a segment, now or at a time. draft → scheduled → sending (recipients queued) → sent; cancelled.
-- Other modules (inventory's allocations) refer to a campaign by id through CampaignCatalog.
create table campaign (
    id           uuid primary key,
    name         text        not null,
    template_id  uuid        not null references email_template (id) on delete restrict,
    segment_id   uuid        not null references segment (id) on delete restrict,
    status       text        not null default 'draft'
                 check (status in ('draft', 'scheduled', 'sending', 'sent', 'cancelled')),
    -- When it goes out (or went out): null for a draft not yet given a time.
    scheduled_at timestamptz,
    queued_at    timestamptz,
    recipients   integer     not null default 0,
    version      bigint      not null default 0,
    created_at   timestamptz not null default now(),
    created_by   uuid,
    updated_at   timestamptz not null default now(),
    updated_by   uuid
);
create index campaign_created_idx on campaign (created_at desc, id desc);
create index campaign_scheduled_idx on campaign (scheduled_at, id);
-- The queueing job's due campaigns.
create index campaign_due_idx on campaign (scheduled_at) where status = 'scheduled';

-- Step e-mails (ステップメール): a trigger starts an enrolment; each step waits its delay after the previous one
-- (or the trigger), in calendar or business days; leaving the segment (when one is set) stops it.
create table step_sequence (
    id             uuid primary key,
    name           text        not null,
    trigger_kind   text        not null check (trigger_kind in
                   ('first_purchase', 'subscription_start', 'f2_reached', 'birthday_month', 'no_order')),
    -- no_order: the days without an order that start it.
    trigger_days   integer check (trigger_days between 1 and 3650),
    segment_id     uuid references segment (id) on delete restrict,
    active         boolean     not null default true,
    version        bigint      not null default 0,
    created_at     timestamptz not null default now(),
    created_by     uuid,
    updated_at     timestamptz not null default now(),
    updated_by     uuid
);
create index step_sequence_trigger_idx on step_sequence (trigger_kind) where active;

create table step_sequence_step (
    sequence_id   uuid    not null references step_sequence (id) on delete cascade,
    position      integer not null,
    delay_days    integer not null check (delay_days between 0 and 365),
    business_days boolean not null default false,
    template_id   uuid    not null references email_template (id) on delete restrict,
    primary key (sequence_id, position)
);

-- One customer going through one sequence: the next step and the day it is due. A customer runs a sequence once at a
-- time (a stopped or finished one may start again on a later trigger).
create table sequence_enrollment (
    id           uuid primary key,
    sequence_id  uuid        not null references step_sequence (id) on delete restrict,
    company_id   uuid        not null references company (id) on delete restrict,
    status       text        not null check (status in ('active', 'finished', 'stopped')),
    stop_reason  text        not null default '',
    started_on   date        not null,
    next_step    integer     not null default 1,
    next_due_on  date,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create unique index sequence_enrollment_active_uq on sequence_enrollment (sequence_id, company_id)
    where status = 'active';
create index sequence_enrollment_due_idx on sequence_enrollment (next_due_on, id) where status = 'active';
create index sequence_enrollment_company_idx on sequence_enrollment (company_id);

-- The per-recipient log and outbox of campaigns and sequences: queued → sending (claimed by one instance until
-- claimed_until) → sent, or back to queued with a later next_attempt_at after a failure, or failed with the reason
-- once the attempts are spent. skipped: the customer had opted out by the time its turn came.
create table marketing_mail (
    id               uuid primary key,
    campaign_id      uuid references campaign (id) on delete restrict,
    enrollment_id    uuid references sequence_enrollment (id) on delete restrict,
    step             integer,
    company_id       uuid        not null references company (id) on delete restrict,
    template_id      uuid        not null references email_template (id) on delete restrict,
    to_address       text        not null,
    status           text        not null default 'queued'
                     check (status in ('queued', 'sending', 'sent', 'failed', 'skipped')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    claimed_by       text,
    claimed_until    timestamptz,
    last_error       text        not null default '',
    -- The one-click unsubscribe link's token (random, 256 bits): it only ever unsubscribes this customer.
    unsubscribe_token text       not null unique,
    sent_at          timestamptz,
    created_at       timestamptz not null default now(),
    check ((campaign_id is null) <> (enrollment_id is null))
);
create unique index marketing_mail_step_uq on marketing_mail (enrollment_id, step) where enrollment_id is not null;
-- A campaign's recipients in the order queued; by status (the recipients filter, the counts, "anything left?").
create index marketing_mail_campaign_idx on marketing_mail (campaign_id, created_at, id) where campaign_id is not null;
create index marketing_mail_campaign_status_idx on marketing_mail (campaign_id, status, created_at, id)
    where campaign_id is not null;
create index marketing_mail_company_idx on marketing_mail (company_id);
-- The sender's two scans: due queued rows, and rows whose claim ran out (an instance died mid-send).
create index marketing_mail_due_idx on marketing_mail (next_attempt_at, id) where status = 'queued';
create index marketing_mail_lease_idx on marketing_mail (claimed_until, id) where status = 'sending';

-- Customers who asked for no postal DM (ハガキ・DM不要): left off the print lists.
create table postal_opt_out (
    id          uuid primary key,
    company_id  uuid        not null references company (id) on delete restrict,
    note        text        not null default '',
    created_at  timestamptz not null default now(),
    created_by  uuid
);
create index postal_opt_out_company_idx on postal_opt_out (company_id);

-- Sending settings: who the mail is from (特定電子メール法: the sender's name and address in every mail), the
-- throttle and the retries.
alter table marketing_setting add column sender_name     text    not null default '';
alter table marketing_setting add column sender_address  text    not null default '';
alter table marketing_setting add column mails_per_minute integer not null default 600
    check (mails_per_minute between 1 and 60000);
alter table marketing_setting add column max_attempts    integer not null default 5
    check (max_attempts between 1 and 20);

-- Outgoing webhooks (issue 7): Chatwork rooms, Slack incoming webhooks and generic HTTPS endpoints, for the task
-- events of one board or the notifications of one user. Deliveries are an outbox written in the same transaction as
-- the event, sent by a job with retries and back-off, and kept as a log.
create table webhook (
    id            uuid primary key,
    name          text        not null check (length(name) between 1 and 100),
    kind          text        not null check (kind in ('chatwork', 'slack', 'https')),
    board_id      uuid references board (id) on delete cascade,
    user_id       uuid references app_user (id) on delete cascade,
    url           text        not null default '',   -- slack / https: where to post
    room_id       text        not null default '',   -- chatwork: the room
    token         text        not null default '',   -- chatwork: the API token; https: the signing secret
    active        boolean     not null default true,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    created_by    uuid,
    updated_at    timestamptz not null default now(),
    updated_by    uuid,
    check ((board_id is null) <> (user_id is null))
);
create index webhook_board_idx on webhook (board_id) where active;
create index webhook_user_idx on webhook (user_id) where active;

create table webhook_delivery (
    id              uuid primary key,
    webhook_id      uuid        not null references webhook (id) on delete cascade,
    event           text        not null,
    text            text        not null,
    payload         jsonb       not null,
    status          text        not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_status     integer,
    last_error      text        not null default '',
    created_at      timestamptz not null default now(),
    delivered_at    timestamptz
);
-- The delivery job: pending deliveries that are due, oldest first.
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'pending';
-- A webhook's delivery log.
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, created_at desc, id desc);

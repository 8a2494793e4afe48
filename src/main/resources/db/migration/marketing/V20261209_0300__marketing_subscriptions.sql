-- Subscriptions (定期便, seed 002's 「定期」タブ: product, cycle, next delivery). They live in marketing, not commerce:
-- they are the retention side of a D2C customer (stages, LTV, step e-mails follow them); each delivery becomes an
-- ordinary commerce order through Orders.placeRecurring. Money is whole yen before tax.

create table subscription (
    id               uuid primary key,
    company_id       uuid        not null references company (id) on delete restrict,
    title            text        not null,
    cycle_unit       text        not null check (cycle_unit in ('days', 'weeks', 'months')),
    cycle_every      integer     not null check (cycle_every between 1 and 365),
    -- Monthly cycles only: the day of the month (31 = the month's last day when it is shorter).
    cycle_day        integer check (cycle_day between 1 and 31),
    next_delivery_on date        not null,
    -- active 継続, paused 一時休止 (until paused_until), skipping スキップ (the next delivery is not made), cancelled 解約.
    status           text        not null check (status in ('active', 'paused', 'skipping', 'cancelled')),
    paused_until     date,
    -- card: paid on delivery; deferred (後払い): the order waits for its payment.
    payment          text        not null default 'card' check (payment in ('card', 'deferred')),
    started_on       date        not null,
    cancelled_on     date,
    cancel_reason    text        not null default '',
    version          bigint      not null default 0,
    created_at       timestamptz not null default now(),
    created_by       uuid,
    updated_at       timestamptz not null default now(),
    updated_by       uuid
);
-- The list (newest first), a customer's subscriptions, and the daily job's due ones.
create index subscription_created_idx on subscription (created_at desc, id desc);
create index subscription_company_idx on subscription (company_id, created_at desc, id desc);
create index subscription_due_idx on subscription (next_delivery_on, id) where status <> 'cancelled';

create table subscription_item (
    subscription_id uuid    not null references subscription (id) on delete cascade,
    position        integer not null,
    product_id      uuid    not null references product (id),
    quantity        integer not null check (quantity between 1 and 999),
    -- Before tax; the product's price unless the subscription has its own (定期価格).
    unit_price      bigint  not null check (unit_price >= 0),
    primary key (subscription_id, position)
);

-- What happened to a subscription, oldest first: started, skipped, paused, cycle or products changed, delivered, cancelled.
create table subscription_history (
    id              uuid primary key,
    subscription_id uuid        not null references subscription (id) on delete cascade,
    at              timestamptz not null default now(),
    actor           uuid,
    action          text        not null,
    status_before   text,
    status_after    text        not null,
    detail          jsonb       not null default '{}'
);
create index subscription_history_idx on subscription_history (subscription_id, at, id);

-- One row per subscription and delivery date: the daily job inserts it before placing the order, so two instances
-- or a restart never make a delivery twice. A skipped delivery has its row and no order.
create table subscription_delivery (
    subscription_id uuid        not null references subscription (id) on delete restrict,
    delivery_on     date        not null,
    outcome         text        not null check (outcome in ('ordered', 'skipped')),
    order_id        uuid references sales_order (id) on delete set null,
    created_at      timestamptz not null default now(),
    primary key (subscription_id, delivery_on)
);

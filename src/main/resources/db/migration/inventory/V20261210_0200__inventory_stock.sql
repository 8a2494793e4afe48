-- Inventory (在庫管理, seed 002 §10, issue 21). Stock is the sum of movements: stock_movement is append-only (a
-- trigger refuses UPDATE, DELETE and TRUNCATE) and a correction is a new movement. stock_level is derived from it in
-- the same transaction as each movement (never typed in), so that "stock of every SKU" reads one row per SKU and
-- location, and its row lock is what keeps two shipments of the last unit from both passing; on_hand >= 0 is the
-- backstop. InventoryInvariantTest and the daily check (stock_level against the sum of movements) keep it honest.

create table stock_location (
    id             uuid primary key,
    code           text        not null unique,
    name           text        not null,
    -- warehouse: our own; partner: an external logistics partner (e.g. オノウン) holding our stock.
    kind           text        not null check (kind in ('warehouse', 'partner')),
    is_default     boolean     not null default false,
    -- Where the Friday delivery notice (納品連絡) goes, for a partner.
    notice_email   text        not null default '',
    notice_webhook text        not null default '',
    version        bigint      not null default 0,
    created_at     timestamptz not null default now(),
    created_by     uuid,
    updated_at     timestamptz not null default now(),
    updated_by     uuid
);
create unique index stock_location_one_default on stock_location ((true)) where is_default;
create index stock_location_name_idx on stock_location (name, id);

-- A stock-keeping unit: a product's (linked to commerce's product) or an enclosure's (同梱物: leaflets, samples,
-- printed matter), which has no product and is never sold on its own.
create table sku (
    id            uuid primary key,
    code          text        not null unique,
    name          text        not null,
    kind          text        not null check (kind in ('product', 'enclosure')),
    product_id    uuid references product (id) on delete restrict,
    reorder_point integer     not null default 0 check (reorder_point >= 0),
    active        boolean     not null default true,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    created_by    uuid,
    updated_at    timestamptz not null default now(),
    updated_by    uuid,
    check ((kind = 'product') = (product_id is not null))
);
-- An order line's product finds its one SKU.
create unique index sku_product_idx on sku (product_id) where product_id is not null;
-- The SKU list sorted by code (the unique index) or by name, and narrowed by kind.
create index sku_name_idx on sku (name, id);
create index sku_kind_code_idx on sku (kind, code, id);

-- What goes into the box with each unit of a SKU (a leaflet with every 化粧水).
create table sku_enclosure (
    sku_id       uuid    not null references sku (id) on delete restrict,
    enclosure_id uuid    not null references sku (id) on delete restrict,
    quantity     integer not null check (quantity between 1 and 100),
    primary key (sku_id, enclosure_id),
    check (sku_id <> enclosure_id)
);

create table stock_movement (
    id            uuid primary key,
    sku_id        uuid        not null references sku (id) on delete restrict,
    location_id   uuid        not null references stock_location (id) on delete restrict,
    -- receipt 入庫 (+), shipment 出荷 (−), return 返品 (+), adjustment 調整 (±, with a reason), transfer 移動 (a pair).
    kind          text        not null check (kind in ('receipt', 'shipment', 'return', 'adjustment', 'transfer')),
    quantity      integer     not null check (quantity <> 0),
    moved_on      date        not null,
    reason        text        not null default '',
    note          text        not null default '',
    order_id      uuid,
    order_line    integer,
    transfer_id   uuid,
    stock_take_id uuid,
    created_at    timestamptz not null default now(),
    created_by    uuid,
    check (kind not in ('receipt', 'return') or quantity > 0),
    check (kind <> 'shipment' or quantity < 0),
    check (kind <> 'adjustment' or reason <> '')
);
-- A SKU's history, newest first (also by location); the whole list newest first; by kind.
create index stock_movement_sku_idx on stock_movement (sku_id, created_at desc, id desc);
create index stock_movement_created_idx on stock_movement (created_at desc, id desc);
create index stock_movement_kind_idx on stock_movement (kind, created_at desc, id desc);
-- Plan vs actual sums a month of one SKU's movements by kind.
create index stock_movement_month_idx on stock_movement (sku_id, moved_on);
-- An order line ships once, however often its event is delivered.
create unique index stock_movement_order_line_idx on stock_movement (order_id, order_line, sku_id)
    where order_id is not null;

create function stock_movement_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'stock_movement is append-only: correct with a new movement';
end;
$$;
create trigger stock_movement_no_update before update or delete or truncate on stock_movement
    for each statement execute function stock_movement_is_append_only();

create table stock_level (
    sku_id      uuid    not null references sku (id) on delete restrict,
    location_id uuid    not null references stock_location (id) on delete restrict,
    on_hand     bigint  not null check (on_hand >= 0),
    primary key (sku_id, location_id)
);

-- An order line whose shipment found too little stock: nothing moved; on the daily check list until shipped.
create table stock_order_shortfall (
    order_id    uuid        not null,
    order_line  integer     not null,
    sku_id      uuid        not null references sku (id) on delete restrict,
    location_id uuid        not null references stock_location (id) on delete restrict,
    quantity    integer     not null check (quantity > 0),
    shortfall   integer     not null check (shortfall > 0),
    shipped_on  date        not null,
    resolved_at timestamptz,
    created_at  timestamptz not null default now(),
    primary key (order_id, order_line, sku_id)
);
create index stock_order_shortfall_open_idx on stock_order_shortfall (created_at, order_id) where resolved_at is null;

-- Stock held back for a campaign or for the next deliveries of subscriptions, until a day (inclusive) or release.
-- campaign_id is the marketing campaign's id once that module has one (a seam: no foreign key yet).
create table stock_allocation (
    id            uuid primary key,
    sku_id        uuid        not null references sku (id) on delete restrict,
    purpose       text        not null check (purpose in ('campaign', 'subscriptions')),
    campaign_id   uuid,
    label         text        not null,
    quantity      integer     not null check (quantity > 0),
    until_on      date        not null,
    released_at   timestamptz,
    released_by   uuid,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    created_by    uuid,
    updated_at    timestamptz not null default now(),
    updated_by    uuid
);
create index stock_allocation_active_idx on stock_allocation (sku_id, until_on) where released_at is null;
create index stock_allocation_created_idx on stock_allocation (created_at desc, id desc);
create index stock_allocation_sku_idx on stock_allocation (sku_id, created_at desc, id desc);

-- 棚卸: counted against the book at a location; closing needs a reason for every difference and writes the
-- differences as adjustment movements.
create table stock_take (
    id          uuid primary key,
    location_id uuid        not null references stock_location (id) on delete restrict,
    title       text        not null,
    status      text        not null check (status in ('open', 'closed')),
    started_on  date        not null,
    closed_at   timestamptz,
    closed_by   uuid,
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid
);
create index stock_take_created_idx on stock_take (created_at desc, id desc);
create index stock_take_status_idx on stock_take (status, created_at desc, id desc);

create table stock_take_line (
    stock_take_id uuid    not null references stock_take (id) on delete restrict,
    sku_id        uuid    not null references sku (id) on delete restrict,
    book_quantity bigint  not null,
    counted       bigint check (counted >= 0),
    reason        text    not null default '',
    primary key (stock_take_id, sku_id)
);

-- The monthly plan per SKU (予実: plan beside the actual movements).
create table stock_plan (
    sku_id            uuid    not null references sku (id) on delete restrict,
    month             date    not null check (extract(day from month) = 1),
    planned_receipts  integer not null default 0 check (planned_receipts >= 0),
    planned_shipments integer not null default 0 check (planned_shipments >= 0),
    version           bigint  not null default 0,
    updated_at        timestamptz not null default now(),
    updated_by        uuid,
    primary key (sku_id, month)
);
create index stock_plan_month_idx on stock_plan (month, sku_id);

-- A campaign's expected demand for the forecast: expected orders × quantity per order of each SKU.
create table stock_campaign_demand (
    id              uuid primary key,
    campaign_id     uuid,
    name            text        not null,
    starts_on       date        not null,
    expected_orders integer     not null check (expected_orders between 0 and 10000000),
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    created_by      uuid,
    updated_at      timestamptz not null default now(),
    updated_by      uuid
);
create index stock_campaign_demand_starts_idx on stock_campaign_demand (starts_on, id);
create table stock_campaign_demand_line (
    demand_id  uuid    not null references stock_campaign_demand (id) on delete restrict,
    sku_id     uuid    not null references sku (id) on delete restrict,
    per_order  integer not null check (per_order between 1 and 1000),
    primary key (demand_id, sku_id)
);

-- The Friday delivery notice (納品連絡) to a partner location for the coming week, kept; one per location and week.
create table stock_delivery_notice (
    id          uuid primary key,
    location_id uuid        not null references stock_location (id) on delete restrict,
    week_start  date        not null,
    lines       jsonb       not null,
    body        text        not null,
    status      text        not null check (status in ('pending', 'sent', 'failed')),
    claimed_at  timestamptz,
    sent_at     timestamptz,
    attempts    integer     not null default 0,
    last_error  text        not null default '',
    created_at  timestamptz not null default now(),
    unique (location_id, week_start)
);
create index stock_delivery_notice_created_idx on stock_delivery_notice (created_at desc, id desc);

-- Commerce: products and the price list, quotes (見積書) with their revisions, orders (受注), delivery (納品),
-- invoices and payments (入金). Money is whole yen (bigint). Deal, company and user ids have no foreign key
-- across modules except where the row cannot outlive its customer.

create table product (
    id         uuid primary key,
    code       text        not null,
    name       text        not null,
    unit       text        not null default '式',
    unit_price bigint      not null check (unit_price >= 0),
    -- Consumption tax in percent: 10 standard, 8 reduced (food, newspapers).
    tax_rate   integer     not null check (tax_rate in (8, 10)),
    active     boolean     not null default true,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    created_by uuid,
    updated_at timestamptz not null default now(),
    updated_by uuid,
    unique (code)
);
-- The price list, by code (keyset: code, id); the quote form's picker reads the active ones in the same order.
create index product_code_idx on product (code, id);

-- The issuer printed on quotes and invoices (one row).
create table commerce_setting (
    id                  integer primary key check (id = 1),
    issuer_name         text        not null default '',
    issuer_address      text        not null default '',
    issuer_phone        text        not null default '',
    -- 適格請求書発行事業者の登録番号: T and 13 digits, optional.
    registration_number text        not null default '',
    quote_valid_days    integer     not null default 30 check (quote_valid_days between 1 and 365),
    version             bigint      not null default 0,
    updated_at          timestamptz not null default now(),
    updated_by          uuid
);
insert into commerce_setting (id) values (1);

-- Gap-free document numbers per kind and year: the row is locked by the insert's transaction, so two quotes
-- never get one number and a rolled-back one leaves no hole.
create table document_counter (
    kind        text    not null,
    year        integer not null,
    last_number bigint  not null,
    primary key (kind, year)
);

create table quote (
    id                  uuid primary key,
    number              text        not null,
    revision            integer     not null,
    deal_id             uuid        not null references deal (id) on delete cascade,
    company_id          uuid        not null references company (id) on delete cascade,
    owner_id            uuid,
    title               text        not null,
    recipient_name      text        not null,
    issued_on           date        not null,
    valid_until         date        not null,
    notes               text        not null default '',
    -- draft → sent → accepted; a newer revision makes the old one superseded (read-only).
    status              text        not null check (status in ('draft', 'sent', 'accepted', 'superseded')),
    subtotal            bigint      not null default 0,
    tax                 bigint      not null default 0,
    total               bigint      not null default 0,
    issuer_name         text        not null default '',
    issuer_address      text        not null default '',
    issuer_phone        text        not null default '',
    registration_number text        not null default '',
    sent_at             timestamptz,
    sent_to             text        not null default '',
    version             bigint      not null default 0,
    created_at          timestamptz not null default now(),
    created_by          uuid,
    updated_at          timestamptz not null default now(),
    updated_by          uuid,
    unique (number, revision)
);
-- A deal's quotes, newest revision first; the accepted one of a deal.
create index quote_deal_idx on quote (deal_id, number desc, revision desc);
-- The quote list (newest first) and a customer's timeline.
create index quote_created_idx on quote (created_at desc, id desc);
create index quote_company_idx on quote (company_id, created_at desc, id desc);

create table quote_line (
    quote_id    uuid    not null references quote (id) on delete cascade,
    position    integer not null,
    product_id  uuid references product (id),
    description text    not null,
    quantity    integer not null check (quantity > 0),
    unit        text    not null default '',
    unit_price  bigint  not null check (unit_price >= 0),
    tax_rate    integer not null check (tax_rate in (0, 8, 10)),
    amount      bigint  not null,
    primary key (quote_id, position)
);

-- 受注. "order" is an SQL keyword, hence the name.
create table sales_order (
    id                  uuid primary key,
    number              text        not null unique,
    deal_id             uuid references deal (id) on delete set null,
    quote_id            uuid references quote (id) on delete set null,
    company_id          uuid        not null references company (id) on delete cascade,
    owner_id            uuid,
    title               text        not null,
    ordered_on          date        not null,
    delivery_due_on     date,
    delivered_on        date,
    subtotal            bigint      not null default 0,
    tax                 bigint      not null default 0,
    -- What the customer is asked to pay (the total unless changed), and by when (月末締め翌月末払い by default).
    invoice_amount      bigint      not null check (invoice_amount >= 0),
    invoiced_on         date,
    due_on              date,
    paid_amount         bigint      not null default 0,
    paid_on             date,
    overdue_notified_at timestamptz,
    version             bigint      not null default 0,
    created_at          timestamptz not null default now(),
    created_by          uuid,
    updated_at          timestamptz not null default now(),
    updated_by          uuid
);
-- One order per won deal (winning again after a reopen does not make a second).
create unique index sales_order_deal_idx on sales_order (deal_id) where deal_id is not null;
-- The order list (newest first), a customer's orders and timeline.
create index sales_order_created_idx on sales_order (created_at desc, id desc);
create index sales_order_company_idx on sales_order (company_id, created_at desc, id desc);
-- Unpaid past due: only the unpaid orders, by due date.
create index sales_order_unpaid_idx on sales_order (due_on, id) include (owner_id, invoice_amount, paid_amount)
    where paid_amount < invoice_amount;
-- Orders received in a period (daily report).
create index sales_order_ordered_idx on sales_order (ordered_on) include (owner_id, invoice_amount);

create table order_line (
    order_id    uuid    not null references sales_order (id) on delete cascade,
    position    integer not null,
    product_id  uuid references product (id),
    description text    not null,
    quantity    integer not null check (quantity > 0),
    unit        text    not null default '',
    unit_price  bigint  not null check (unit_price >= 0),
    tax_rate    integer not null check (tax_rate in (0, 8, 10)),
    amount      bigint  not null,
    primary key (order_id, position)
);

create table payment (
    id          uuid primary key,
    order_id    uuid        not null references sales_order (id) on delete cascade,
    received_on date        not null,
    amount      bigint      not null check (amount > 0),
    note        text        not null default '',
    created_at  timestamptz not null default now(),
    created_by  uuid
);
-- An order's payments; the payment list (newest first); payments received in a period (daily report).
create index payment_order_idx on payment (order_id, received_on, id);
create index payment_created_idx on payment (created_at desc, id desc);
create index payment_received_idx on payment (received_on) include (order_id, amount);

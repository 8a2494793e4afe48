-- Reorder alerts (発注点割れの通知): a SKU whose available stock falls to or below its reorder point raises one alert,
-- and its people are told once; the alert stays open while the SKU stays there (no second alert on every further
-- movement) and is closed when the SKU is back above the point, so the next fall raises a new one. Kept, not deleted.
create table stock_reorder_alert (
    id            uuid primary key,
    sku_id        uuid        not null references sku (id) on delete restrict,
    available     bigint      not null,
    reorder_point integer     not null,
    raised_at     timestamptz not null default now(),
    cleared_at    timestamptz
);
-- At most one open alert per SKU: two movements crossing at once raise it once (the second insert finds it).
create unique index stock_reorder_alert_open_idx on stock_reorder_alert (sku_id) where cleared_at is null;
create index stock_reorder_alert_sku_idx on stock_reorder_alert (sku_id, raised_at desc);

-- A task about an order (受注): seed 000's hand-offs start from orders (登録, 発注, 納品確認). The order's page lists
-- its tasks through this link.
alter table task add column order_id uuid references sales_order (id) on delete set null;
create index task_order_idx on task (order_id, created_at, id) where order_id is not null;

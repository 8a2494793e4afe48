-- A rep's unpaid orders on their home page, soonest due first (Orders.unpaidOf).
create index sales_order_owner_unpaid_idx on sales_order (owner_id, due_on, id) where paid_amount < invoice_amount;

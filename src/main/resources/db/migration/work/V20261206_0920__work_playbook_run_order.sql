-- The order a run is about: the one that started it (trigger order_placed) or, after a wait for the next order, the
-- order that ended the wait. Tasks the run puts on boards link it.
alter table playbook_run add column order_id uuid references sales_order (id) on delete set null;

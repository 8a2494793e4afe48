-- A run may be anchored on a date of its subject (a success plan's go-live): its `wait` steps with waitFor 'anchor'
-- and its `item` steps wake at anchor_on + waitDays, and moving the anchor re-dates the waiting timer.
alter table playbook_run add column anchor_on date;

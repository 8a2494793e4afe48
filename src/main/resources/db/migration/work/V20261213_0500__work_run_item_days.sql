-- A run's own due day for a checklist item (issue 17): a success plan may move one item's due day on that plan alone,
-- while the run's steps come from the template's playbook that every plan shares. The run's timer for the item is
-- dated from the anchor plus these days when a row exists, else plus the step's own days.
create table playbook_run_item_day (
    run_id    uuid not null references playbook_run (id) on delete cascade,
    item_key  text not null,
    wait_days integer not null,
    primary key (run_id, item_key)
);

-- The run list pages newest first: across all runs, and per playbook (status and customer already have theirs).
create index playbook_run_created_idx on playbook_run (created_at desc, id desc);
create index playbook_run_playbook_idx on playbook_run (playbook_id, created_at desc, id desc);

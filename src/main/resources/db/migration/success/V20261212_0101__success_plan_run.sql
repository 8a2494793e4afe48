-- A success plan's checklist runs on the playbook engine (issue 17): the plan keeps the id of its playbook run
-- (work's playbook_run; no foreign key across modules). Plans made before this have none and keep working without.
alter table success_plan add column playbook_run_id uuid;

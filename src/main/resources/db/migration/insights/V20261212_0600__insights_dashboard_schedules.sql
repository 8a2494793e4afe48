-- A whole dashboard e-mailed on a schedule (issue 22): a schedule names either a saved report or a dashboard, never
-- both. The dashboard's tiles are run with the schedule owner's level at send time, each tile's chart inline and every
-- tile's data as a sheet of one Excel file.
alter table report_schedule alter column report_id drop not null;
alter table report_schedule add column dashboard_id uuid references dashboard (id) on delete cascade;
alter table report_schedule add constraint report_schedule_subject_chk check (num_nonnulls(report_id, dashboard_id) = 1);
create index report_schedule_dashboard_idx on report_schedule (dashboard_id) where dashboard_id is not null;

-- History imports: activities, deals, orders and payments from the former system, beside customers and contacts.
alter table data_import drop constraint data_import_object_type_check;
alter table data_import add constraint data_import_object_type_check
    check (object_type in ('company', 'contact', 'activity', 'deal', 'order', 'payment'));

-- Export files are kept for a while, then purged; the row stays (who exported what) with its file gone.
alter table data_export drop constraint data_export_status_check;
alter table data_export add constraint data_export_status_check
    check (status in ('queued', 'running', 'done', 'failed', 'expired'));
create index data_export_finished_idx on data_export (finished_at) where status in ('done', 'failed');

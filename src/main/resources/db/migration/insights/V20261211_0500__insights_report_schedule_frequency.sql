-- Scheduled reports daily (business days), weekly or monthly (issue 22). weekday is kept for weekly ones only;
-- month_day (1-28, so every month has it) for monthly ones. The due check reads schedules whose time has come by
-- report_schedule_time_idx and decides the day's rule in Java (ReportFrequency).
alter table report_schedule add column frequency text not null default 'weekly'
    check (frequency in ('daily', 'weekly', 'monthly'));
alter table report_schedule add column month_day integer check (month_day between 1 and 28);
alter table report_schedule alter column weekday drop not null;
alter table report_schedule add constraint report_schedule_day_chk check (
    (frequency = 'weekly' and weekday is not null) or (frequency = 'monthly' and month_day is not null)
    or frequency = 'daily');
create index report_schedule_time_idx on report_schedule (send_at);
drop index report_schedule_due_idx;

-- Each customer's last activity (最終活動日), kept by the activities module through customers.CustomerActivity.
alter table company add column last_activity_at timestamptz;

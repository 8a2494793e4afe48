-- Notifications by e-mail as they come (gathered a minute at a time), for those who ask.
alter table notification_preference
    add column email_each     boolean     not null default false,
    add column last_mailed_at timestamptz;   -- notifications up to here were mailed (or not to be mailed)
create index notification_preference_email_idx on notification_preference (user_id) where email_each;

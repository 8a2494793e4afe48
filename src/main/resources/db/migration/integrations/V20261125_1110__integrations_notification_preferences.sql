-- Each person's notification preferences: a morning digest e-mail of the previous day's unread notifications.
create table notification_preference (
    user_id        uuid primary key references app_user (id) on delete cascade,
    daily_digest   boolean     not null default false,
    last_digest_on date,        -- the day the last digest went out (one a day, whichever instance sends it)
    version        bigint      not null default 0,
    updated_at     timestamptz not null default now()
);
create index notification_preference_digest_idx on notification_preference (user_id) where daily_digest;

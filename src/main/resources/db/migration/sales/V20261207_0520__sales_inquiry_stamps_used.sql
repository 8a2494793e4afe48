-- The inquiry form's signed stamps are good for one post each (issue 15: one stamp replayed 30 times made 30 leads).
-- Kept until the stamp would have expired anyway; shared by every instance.
create table inquiry_stamp_used (
    stamp      text primary key,
    expires_at timestamptz not null
);
create index inquiry_stamp_used_expires_idx on inquiry_stamp_used (expires_at);

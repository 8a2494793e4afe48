-- Idempotent replays answer with the first answer's ETag and Location too (issue 15: replays lost them).
alter table idempotency_key add column response_etag text;
alter table idempotency_key add column response_location text;

-- Overdue follow-ups as they stood on a past day include ones done since: index every follow-up, not only open ones.
create index activity_follow_up_any_idx on activity (user_id, follow_up_on) where follow_up_on is not null;

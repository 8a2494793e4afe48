-- A target list can also run on a schedule (a playbook's "schedule" trigger): at each refresh (weekly or monthly,
-- on the first business day it is due) every customer matching the filter is fed at once, and is fed again the
-- next period. 'daily' is the drip: per_day customers a business day, each once.
alter table target_list add column feed_mode text not null default 'daily' check (feed_mode in ('daily', 'period'));

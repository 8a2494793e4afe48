-- The duplicates page pairs customers that share an e-mail address: each customer's partners are looked up by
-- e-mail, as they are by phone (company_phone_idx) and furigana (company_kana_idx).
create index company_email_idx on company (email);
-- Merging re-points a merged customer's contact moves; without these, each merge reads the whole history.
create index contact_move_from_idx on contact_move (from_company_id);
create index contact_move_to_idx on contact_move (to_company_id);

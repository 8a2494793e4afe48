-- The contacts list sorted by the newest change (contact_kana_idx serves the default order by furigana).
create index contact_updated_idx on contact (updated_at desc, id desc);

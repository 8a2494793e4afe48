-- The segment list's "latest changed first" order (mkt-pages): keyset over (updated_at desc, id desc).
create index segment_updated_idx on segment (updated_at desc, id desc);

-- The header search finds deals by their folded title (trigram index on the folded title).
create index deal_title_fold_trgm on deal using gin (kz_fold(title) gin_trgm_ops);

-- The header search finds quotes and orders by number (Q-2026-0012, SO-2026-0040), whole or in part, folded.
create index quote_number_fold_trgm on quote using gin (kz_fold(number) gin_trgm_ops);
create index sales_order_number_fold_trgm on sales_order using gin (kz_fold(number) gin_trgm_ops);

-- Two-character searches (田中, 精機, さくら's さく) are the most common in Japanese, and trigrams cannot serve
-- them. Each customer keeps the bigrams of its folded name and reading; a GIN index finds them.
alter table company add column name_grams text[] not null default '{}';
create index company_name_grams_idx on company using gin (name_grams);
alter table contact add column name_grams text[] not null default '{}';
create index contact_name_grams_idx on contact using gin (name_grams);

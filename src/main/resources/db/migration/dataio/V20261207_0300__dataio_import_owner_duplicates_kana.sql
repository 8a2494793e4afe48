-- Customer imports: who owns the customers a file creates when no column names an owner (else the person who
-- uploaded it), what becomes of a row that looks like an existing customer (skip it, or add it and list it), and
-- whether half-width katakana is widened (on by default). The dry run and the real run read the same settings, so
-- they treat every row alike.
alter table data_import
    add column default_owner_id uuid,
    add column duplicates text not null default 'skip' check (duplicates in ('skip', 'add')),
    add column widen_kana boolean not null default true;

-- Which fields an administrator made required, per kind of record (seed 004: 入力必須項目).
create table required_field (
    object_type text not null check (object_type in ('company', 'individual', 'contact')),
    field       text not null,
    primary key (object_type, field)
);

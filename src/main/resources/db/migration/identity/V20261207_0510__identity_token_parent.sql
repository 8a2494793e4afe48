-- A token minted with a token remembers its parent: it never outlives it and is revoked with it (issue 15).
alter table api_token add column parent_id uuid references api_token (id);
create index api_token_parent_idx on api_token (parent_id) where parent_id is not null;

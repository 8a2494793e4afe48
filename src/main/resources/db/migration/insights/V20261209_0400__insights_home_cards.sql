-- Home cards: which cards administrators chose for each job role (none chosen: the permission level's defaults),
-- and the order each user put their cards in. Card keys are the insights module's (followUps, myTasks, ...).
create table home_role_card (
    role_id  uuid    not null,
    card     text    not null,
    position integer not null,
    primary key (role_id, card)
);
create index home_role_card_order_idx on home_role_card (role_id, position);

create table home_user_order (
    user_id    uuid        primary key,
    cards      text[]      not null,
    updated_at timestamptz not null default now()
);

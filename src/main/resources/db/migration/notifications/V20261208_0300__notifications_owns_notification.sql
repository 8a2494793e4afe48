-- The notification table was created by sales (V20261124_0500) before in-app notifications became a module of their
-- own. Migrations are never edited, so this hands it over: TableOwnershipTest reads the comment as the table's owner.
comment on table notification is 'Owned by the notifications module: in-app notifications (the bell).';

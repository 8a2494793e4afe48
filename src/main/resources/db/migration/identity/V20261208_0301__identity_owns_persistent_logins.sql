-- persistent_logins (remember-me sign-ins) was created with the platform's foundation, but only identity uses it:
-- its security chain keeps the tokens and SessionTerminator deletes a user's on deactivation. Migrations are never
-- edited, so this hands it over: TableOwnershipTest reads the comment as the table's owner.
comment on table persistent_logins is 'Owned by the identity module: remember-me sign-ins.';

-- A deal never disappears with its customer: deleting a customer that has deals is refused (the application says
-- which records hold it; this key is the last line). A merge moves the deals to the survivor first.
alter table deal drop constraint deal_company_id_fkey;
alter table deal add constraint deal_company_id_fkey foreign key (company_id) references company (id) on delete restrict;

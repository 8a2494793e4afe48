-- Quotes and orders (and so the order's payments and lines) never disappear with their customer: deleting a
-- customer that has any is refused; a merge moves them to the survivor first.
alter table quote drop constraint quote_company_id_fkey;
alter table quote add constraint quote_company_id_fkey foreign key (company_id) references company (id) on delete restrict;
alter table sales_order drop constraint sales_order_company_id_fkey;
alter table sales_order add constraint sales_order_company_id_fkey
    foreign key (company_id) references company (id) on delete restrict;

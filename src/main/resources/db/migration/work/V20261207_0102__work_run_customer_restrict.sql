-- A playbook run (with its history and the mails it sent) never disappears with its customer: deleting a customer
-- that has runs is refused; a merge moves them to the survivor first.
alter table playbook_run drop constraint playbook_run_company_id_fkey;
alter table playbook_run add constraint playbook_run_company_id_fkey
    foreign key (company_id) references company (id) on delete restrict;

-- Two more ways a playbook starts: an order is placed (commerce's OrderPlaced), a customer field changed
-- (customers' CompanyUpdated; trigger_type names the field, e.g. status or customFields.rank).
alter table playbook drop constraint playbook_trigger_check;
alter table playbook add constraint playbook_trigger_check
    check (trigger in ('manual', 'activity_type', 'deal_won', 'customer_created', 'order_placed', 'field_changed'));

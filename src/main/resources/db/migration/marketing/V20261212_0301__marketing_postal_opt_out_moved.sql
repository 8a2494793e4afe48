-- The postal opt-out is now the customer's own consent (company.postal_opt_out_at, customers'
-- V20261212_0300, which carried these rows over): the marketing table goes.
drop table postal_opt_out;

-- DM・郵送物 不要: when the customer asked for no postal DM or postcards (null: they accept postal mail). A consent of
-- the customer like email_opt_in, set on the customer form and the API; print lists leave these customers out.
-- It replaces marketing's postal_opt_out rows (nothing in the app could make them), carried over here.
alter table company add column postal_opt_out_at timestamptz;
update company c set postal_opt_out_at = p.first_at
  from (select company_id, min(created_at) as first_at from postal_opt_out group by company_id) p
 where p.company_id = c.id;

-- When the customer themselves unsubscribed (an unsubscribe link): then not even a playbook's service e-mail goes to
-- them. email_opt_in false alone only means they never agreed to marketing mail. Ticking メール配信 可 again clears it.
alter table company add column email_unsubscribed_at timestamptz;

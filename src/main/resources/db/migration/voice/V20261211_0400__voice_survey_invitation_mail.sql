-- Survey invitations go out through an outbox: the send records each mail as queued in the same transaction as the
-- invitation, and a job sends it after the commit, claiming it first ('sending') so that a restart or a second instance
-- never sends it twice. With the mail server down a mail waits and is tried again (three tries, backing off), then is
-- marked failed. The mail's text, which holds the personal link, is kept only until it is sent or given up.
alter table voice_survey_invitation
    add column mail_status   text not null default 'none'
        check (mail_status in ('none', 'queued', 'sending', 'sent', 'failed')),
    add column mail_to       text,
    add column mail_subject  text,
    add column mail_body     text,
    add column mail_attempts int  not null default 0,
    add column mail_next_at  timestamptz,
    add column mail_error    text;
update voice_survey_invitation set mail_status = 'sent' where mailed;
create index voice_survey_invitation_mail_due_idx on voice_survey_invitation (mail_next_at, id)
    where mail_status = 'queued';

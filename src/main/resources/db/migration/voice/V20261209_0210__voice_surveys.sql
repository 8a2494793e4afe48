-- Surveys and NPS (seed 002's アンケート): questions in one language (ja or en), personal links (one answer each) or an
-- open link, answers stored whole or not at all. Links are stored as SHA-256 hashes: the database never holds a
-- working link. A response copies its NPS score so results over many answers read one indexed column.

create table voice_survey (
    id              uuid primary key,
    title           text        not null check (length(title) <= 200),
    language        text        not null check (language in ('ja', 'en')),
    intro           text        not null default '' check (length(intro) <= 4000),
    thanks          text        not null default '' check (length(thanks) <= 4000),
    anonymous       boolean     not null default false,
    open_token_hash text unique,
    version         bigint      not null default 0,
    created_at      timestamptz not null default now(),
    created_by      uuid,
    updated_at      timestamptz not null default now(),
    updated_by      uuid
);
create index voice_survey_created_idx on voice_survey (created_at, id);

create table voice_survey_question (
    id        uuid primary key,
    survey_id uuid    not null references voice_survey (id) on delete restrict,
    position  int     not null,
    kind      text    not null check (kind in ('nps', 'rating', 'single', 'multiple', 'text')),
    label     text    not null check (length(label) <= 500),
    choices   text[]  not null default '{}',
    required  boolean not null default true,
    unique (survey_id, position)
);

create table voice_survey_invitation (
    id          uuid primary key,
    survey_id   uuid        not null references voice_survey (id) on delete restrict,
    token_hash  text        not null unique,
    company_id  uuid references company (id) on delete restrict,
    contact_id  uuid references contact (id) on delete restrict,
    mailed      boolean     not null default false,
    answered_at timestamptz,
    version     bigint      not null default 0,
    created_at  timestamptz not null default now(),
    created_by  uuid,
    updated_at  timestamptz not null default now(),
    updated_by  uuid
);
create index voice_survey_invitation_survey_idx on voice_survey_invitation (survey_id, created_at);
create index voice_survey_invitation_company_idx on voice_survey_invitation (company_id);
create index voice_survey_invitation_contact_idx on voice_survey_invitation (contact_id);

create table voice_survey_response (
    id            uuid primary key,
    survey_id     uuid        not null references voice_survey (id) on delete restrict,
    invitation_id uuid unique references voice_survey_invitation (id) on delete restrict,
    company_id    uuid references company (id) on delete restrict,
    contact_id    uuid references contact (id) on delete restrict,
    nps           int check (nps between 0 and 10),
    submitted_at  timestamptz not null default now(),
    version       bigint      not null default 0,
    updated_at    timestamptz not null default now(),
    updated_by    uuid
);
create index voice_survey_response_survey_idx on voice_survey_response (survey_id, submitted_at, id);
create index voice_survey_response_company_idx on voice_survey_response (company_id, submitted_at);
create index voice_survey_response_contact_idx on voice_survey_response (contact_id);

create table voice_survey_answer (
    response_id uuid   not null references voice_survey_response (id) on delete restrict,
    question_id uuid   not null references voice_survey_question (id) on delete restrict,
    score       int,
    choices     text[] not null default '{}',
    text        text   not null default '' check (length(text) <= 2000),
    primary key (response_id, question_id)
);
create index voice_survey_answer_question_idx on voice_survey_answer (question_id, score);

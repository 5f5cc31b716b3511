-- Chỉ số CCHC (issue 18): a province's PAR index for communes as data, the communes' self-assessments with their
-- evidence, the office's appraisal and the commune's one answer. Points keep two decimals (39,95/40).

-- One index per owner unit (a province, or an office that sets its own) and year.
create table par_index (
    id            bigserial primary key,
    owner_unit_id bigint not null references org_unit (id),
    year          int not null check (year between 2000 and 2100),
    title         varchar(300) not null,
    legal_basis   varchar(500),
    -- classification bands as "label:min percent" pairs, highest first: Xuất sắc:90;Tốt:80;...
    bands         varchar(500) not null,
    -- how equal totals are ranked: SHARED (1, 2, 2, 4) or SURVEY_FIRST (higher survey points first, then shared)
    tie_rule      varchar(20) not null check (tie_rule in ('SHARED', 'SURVEY_FIRST')),
    created_at    timestamptz not null default now(),
    unique (owner_unit_id, year)
);

-- The tree: field (level 1) → criterion (2) → sub-criterion (3); codes "1", "1.2", "1.2.3". Leaves carry the rule.
create table par_criterion (
    id          bigserial primary key,
    index_id    bigint not null references par_index (id) on delete cascade,
    code        varchar(20) not null,
    parent_code varchar(20),
    level       smallint not null check (level between 1 and 3),
    position    int not null,
    title       varchar(1000) not null,
    max_points  numeric(7, 2) not null check (max_points >= 0),
    -- leaves only: OPTIONS (one of the listed levels), PROPORTIONAL (rate × max), DEDUCTION (max minus deductions),
    -- SURVEY (the satisfaction survey, entered by the office)
    rule        varchar(20) check (rule in ('OPTIONS', 'PROPORTIONAL', 'DEDUCTION', 'SURVEY')),
    options     varchar(200),
    evidence    varchar(1000),
    -- a figure the app knows that pre-fills the score: ONLINE_RATE, ON_TIME_RATE, REPORT_ON_TIME
    source      varchar(30) check (source in ('ONLINE_RATE', 'ON_TIME_RATE', 'REPORT_ON_TIME')),
    unique (index_id, code)
);
create index par_criterion_index on par_criterion (index_id, position);

-- A commune's assessment against an index: DRAFT → SUBMITTED → APPRAISED → (ANSWERED) → FINAL.
create table par_assessment (
    id            bigserial primary key,
    index_id      bigint not null references par_index (id) on delete cascade,
    org_unit_id   bigint not null references org_unit (id),
    status        varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'APPRAISED', 'ANSWERED', 'FINAL')),
    submitted_at  timestamptz,
    appraised_at  timestamptz,
    answered_at   timestamptz,
    finalised_at  timestamptz,
    version       bigint not null default 0,
    unique (index_id, org_unit_id)
);
create index par_assessment_unit on par_assessment (org_unit_id);

create table par_score (
    id               bigserial primary key,
    assessment_id    bigint not null references par_assessment (id) on delete cascade,
    criterion_id     bigint not null references par_criterion (id) on delete cascade,
    self_points      numeric(7, 2) check (self_points >= 0),
    explanation      varchar(2000),
    prefill_source   varchar(500),
    appraised_points numeric(7, 2) check (appraised_points >= 0),
    appraisal_reason varchar(2000),
    answer           varchar(2000),
    unique (assessment_id, criterion_id)
);

-- Evidence: a document of the unit's register, or an uploaded PDF (kept here, bounded in size by the app).
create table par_evidence (
    id           bigserial primary key,
    score_id     bigint not null references par_score (id) on delete cascade,
    document_id  bigint references issued_document (id),
    file_name    varchar(255),
    file_content bytea,
    file_sha256  varchar(64),
    uploaded_at  timestamptz not null default now(),
    check ((document_id is null) <> (file_content is null))
);
create index par_evidence_score on par_evidence (score_id);
create unique index par_evidence_document on par_evidence (score_id, document_id) where document_id is not null;

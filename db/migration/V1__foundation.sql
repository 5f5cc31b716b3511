-- Foundation: org units with validity dates, accounts, periods, reports, audit trail.

create table org_unit (
    id              bigserial primary key,
    code            varchar(40)  not null unique,   -- our stable code (LIEN_MAC)
    official_code   varchar(10),                    -- mã đơn vị hành chính where known
    name            varchar(200) not null,          -- "xã Liên Mạc"
    letterhead_name varchar(200) not null,          -- "UBND XÃ LIÊN MẠC"
    place_name      varchar(100) not null,          -- "Liên Mạc" for the place-and-date line
    level           varchar(20)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    valid_from      date         not null,
    valid_to        date,
    version         bigint       not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);

-- A unit's parent changes over time (commune -> district until 30/06/2025, commune -> province since).
create table org_unit_parent (
    id         bigserial primary key,
    child_id   bigint not null references org_unit (id),
    parent_id  bigint not null references org_unit (id),
    valid_from date   not null,
    valid_to   date,
    check (child_id <> parent_id),
    check (valid_to is null or valid_to >= valid_from)
);
create index org_unit_parent_child on org_unit_parent (child_id);
create index org_unit_parent_parent on org_unit_parent (parent_id);

-- Merges, splits and renames: data stays with the unit that reported it; this says who continues it.
create table org_unit_succession (
    id              bigserial primary key,
    predecessor_id  bigint      not null references org_unit (id),
    successor_id    bigint      not null references org_unit (id),
    effective_on    date        not null,
    kind            varchar(20) not null check (kind in ('MERGE', 'SPLIT', 'RENAME')),
    legal_basis     varchar(300)
);

create table user_account (
    id                   bigserial primary key,
    username             varchar(60)  not null unique,
    password_hash        varchar(200) not null,
    full_name            varchar(200) not null,
    role                 varchar(20)  not null check (role in ('CLERK', 'CHAIRMAN', 'REVIEWER', 'ADMIN')),
    org_unit_id          bigint references org_unit (id),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    failed_attempts      int          not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz  not null default now(),
    version              bigint       not null default 0,
    check (role = 'ADMIN' or org_unit_id is not null)
);

create table reporting_period (
    id              bigserial primary key,
    schedule_unit_id bigint      not null references org_unit (id), -- the province whose schedule this is
    kind            varchar(20)  not null check (kind in ('YEAR', 'NINE_MONTHS', 'HALF_YEAR', 'QUARTER', 'MONTH', 'AD_HOC')),
    title           varchar(100) not null,  -- "năm 2023"
    year            int          not null,
    window_start    date         not null,
    window_end      date         not null,
    deadline        date         not null,
    version         bigint       not null default 0,
    unique (schedule_unit_id, kind, title),
    check (window_end >= window_start)
);

create table report (
    id               bigserial primary key,
    org_unit_id      bigint       not null references org_unit (id),
    period_id        bigint       not null references reporting_period (id),
    status           varchar(20)  not null default 'DRAFT'
                     check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'SIGNED', 'ACCEPTED')),
    revision         int          not null default 1,   -- shown as the report's version; +1 on each return
    number_symbol    varchar(50),                       -- "85/BC-UBND"
    report_date      date,
    summary_lines    text,                              -- one line per line
    signer_authority varchar(100),
    signer_title     varchar(100),
    signer_name      varchar(200),
    recipients       text,                              -- one per line, as printed
    submitted_at     timestamptz,
    submitted_late   boolean      not null default false,
    signed_at        timestamptz,
    accepted_at      timestamptz,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    lock_version     bigint       not null default 0,
    unique (org_unit_id, period_id)
);

-- Every change and transition: who, when, before -> after.
create table audit_entry (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(60)  not null,
    action       varchar(30)  not null,         -- CREATE, UPDATE, DELETE, SUBMIT, SIGN, RETURN, ACCEPT, IMPORT, LOGIN_LOCKED
    entity_type  varchar(60)  not null,
    entity_id    bigint,
    report_id    bigint,
    org_unit_id  bigint,
    before_state jsonb,
    after_state  jsonb,
    comment      text
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_report on audit_entry (report_id);

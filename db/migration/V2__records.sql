-- Records a report is made of (see docs/records-model.md).

-- Issued documents: the unit's register, picked into a period by date or by citation.
create table issued_document (
    id            bigserial primary key,
    org_unit_id   bigint       not null references org_unit (id),
    issuer_kind   varchar(20)  not null check (issuer_kind in ('OWN', 'HIGHER', 'PARTY', 'OTHER')),
    issuer_name   varchar(200) not null,
    doc_type      varchar(10)  not null,
    number_symbol varchar(60)  not null,   -- exactly as written: "36/KH-UBND", "10/ KH-UBND"
    issued_on     date,
    summary       text,                    -- null where the source cites it without a trích yếu
    legal_basis   boolean      not null default false,
    search_text   text         not null default '',  -- number + summary without diacritics, lower case
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
create index issued_document_unit on issued_document (org_unit_id, issued_on);

create table issued_document_section (
    document_id  bigint      not null references issued_document (id) on delete cascade,
    section_code varchar(20) not null,
    primary key (document_id, section_code)
);

-- A document cited by a report (picked by hand, or cited in its narrative).
create table report_document (
    report_id   bigint not null references report (id) on delete cascade,
    document_id bigint not null references issued_document (id),
    primary key (report_id, document_id)
);

create table document_type_count (
    id        bigserial primary key,
    report_id bigint      not null references report (id) on delete cascade,
    doc_type  varchar(10) not null,
    count     int         not null check (count >= 0),
    version   bigint      not null default 0,
    unique (report_id, doc_type)
);

-- Indicator catalogue: provinces and years differ, so figures are rows, not columns.
create table indicator (
    id              bigserial primary key,
    code            varchar(60)  not null unique,
    label           varchar(300) not null,
    unit_of_measure varchar(40),
    section_code    varchar(20)  not null,
    kind            varchar(10)  not null check (kind in ('COUNT', 'MONEY', 'PERCENT', 'TEXT')),
    position        int          not null default 0,
    active          boolean      not null default true,
    version         bigint       not null default 0
);

create table indicator_value (
    id            bigserial primary key,
    report_id     bigint        not null references report (id) on delete cascade,
    indicator_id  bigint        not null references indicator (id),
    numeric_value numeric(20, 4),
    text_value    text,
    qualifier     varchar(10)   not null default 'EXACT'
                  check (qualifier in ('EXACT', 'APPROX', 'OVER', 'UNDER', 'AT_LEAST')),
    note          text,
    version       bigint        not null default 0,
    unique (report_id, indicator_id),
    check (numeric_value is not null or text_value is not null)
);

-- Procedure catalogue per authority level (33 fields / 122 procedures at commune level …).
create table procedure_level_summary (
    id              bigserial primary key,
    report_id       bigint      not null references report (id) on delete cascade,
    authority_level varchar(20) not null check (authority_level in ('COMMUNE', 'DISTRICT', 'PROVINCE', 'CENTRAL_VERTICAL')),
    field_count     int         not null check (field_count >= 0),
    procedure_count int         not null check (procedure_count >= 0),
    version         bigint      not null default 0,
    unique (report_id, authority_level)
);

create table procedure_catalog_entry (
    id              bigserial primary key,
    report_id       bigint       not null references report (id) on delete cascade,
    authority_level varchar(20)  not null check (authority_level in ('COMMUNE', 'DISTRICT', 'PROVINCE', 'CENTRAL_VERTICAL')),
    field_name      varchar(300) not null,
    procedure_code  varchar(60),
    procedure_name  text         not null,
    position        int          not null default 0
);
create index procedure_catalog_entry_report on procedure_catalog_entry (report_id);

-- One-stop dossier statistics (Biểu 06/VPCP/KSTT): a header carrying the version, and its rows.
create table dossier_statistics (
    report_id  bigint      primary key references report (id) on delete cascade,
    version    bigint      not null default 0,
    updated_at timestamptz not null default now()
);

create table dossier_row (
    id                    bigserial primary key,
    report_id             bigint       not null references dossier_statistics (report_id) on delete cascade,
    position              int          not null,
    label                 varchar(300) not null,
    group_kind            varchar(10)  not null default 'UNIT' check (group_kind in ('UNIT', 'LEVEL', 'FIELD')),
    received_total        int check (received_total >= 0),
    received_online       int check (received_online >= 0),
    received_direct       int check (received_direct >= 0),
    received_carried_over int check (received_carried_over >= 0),
    resolved_total        int check (resolved_total >= 0),
    resolved_early        int check (resolved_early >= 0),
    resolved_on_time      int check (resolved_on_time >= 0),
    resolved_late         int check (resolved_late >= 0),
    pending_total         int check (pending_total >= 0),
    pending_on_time       int check (pending_on_time >= 0),
    pending_overdue       int check (pending_overdue >= 0),
    unique (report_id, position)
);

-- Tasks assigned by the higher level and their completion (the appendix).
create table assigned_task (
    id              bigserial primary key,
    report_id       bigint       not null references report (id) on delete cascade,
    position        int          not null,
    assigned_by     varchar(200) not null,
    source_document varchar(300),
    content         text         not null,
    deadline        date,
    status          varchar(20)  not null check (status in ('DONE', 'DONE_LATE', 'IN_PROGRESS', 'NOT_DONE')),
    result          text,
    version         bigint       not null default 0
);
create index assigned_task_report on assigned_task (report_id, position);

-- The clerk's prose per section, with {{doc:ID}}, {{ind:CODE}}, {{proc:LEVEL.fields}}, {{table:dossier}} tokens.
create table narrative_section (
    id           bigserial primary key,
    report_id    bigint      not null references report (id) on delete cascade,
    section_code varchar(20) not null,
    body         text        not null default '',
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    unique (report_id, section_code)
);

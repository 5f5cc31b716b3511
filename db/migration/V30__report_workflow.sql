-- Review and sign-off: every transition of a report, the frozen files of each signed version, and the optional
-- signature and seal images of a unit (Decree 30/2020 places them on the signed report; placing is a later step).

create table report_transition (
    id           bigserial primary key,
    report_id    bigint       not null references report (id) on delete cascade,
    revision     int          not null,   -- the report's version the action was taken on
    action       varchar(20)  not null check (action in ('SUBMIT', 'SIGN', 'RETURN', 'ACCEPT')),
    from_status  varchar(20)  not null,
    to_status    varchar(20)  not null,
    actor        varchar(60)  not null,   -- username
    actor_name   varchar(200) not null,   -- full name as it was then
    actor_role   varchar(20)  not null,
    comment      text,
    late         boolean      not null default false,
    occurred_at  timestamptz  not null default now()
);
create index report_transition_report on report_transition (report_id, occurred_at);

-- What was signed: the files rendered at signing, byte for byte, and the composed content they were made from.
create table report_snapshot (
    id               bigserial primary key,
    report_id        bigint       not null references report (id) on delete cascade,
    revision         int          not null,
    docx             bytea        not null,
    pdf              bytea        not null,
    docx_sha256      char(64)     not null,
    pdf_sha256       char(64)     not null,
    content_json     jsonb        not null,
    letterhead_name  varchar(200),
    signer_authority varchar(100),
    signer_name      varchar(200),
    signer_title     varchar(100),
    number_symbol    varchar(50),
    report_date      date,
    signed_by        varchar(60)  not null,
    signed_at        timestamptz  not null,
    unique (report_id, revision)
);

-- A signed snapshot never changes: refuse updates at the database too.
create function report_snapshot_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'report_snapshot % is frozen', old.id;
end $$;
create trigger report_snapshot_no_update before update on report_snapshot
    for each row execute function report_snapshot_immutable();

-- Optional images a commune holds for signed reports (signature of the chairman, the unit's seal).
create table org_unit_signature_image (
    org_unit_id     bigint       primary key references org_unit (id),
    signature_image bytea,
    signature_mime  varchar(40),
    seal_image      bytea,
    seal_mime       varchar(40),
    updated_at      timestamptz  not null default now()
);

-- Per unit, the PKCS#12 keystore its signed reports are signed with (chairman's key, organisation's key). The
-- keystore's password is sealed with the app's signing master key (AES-GCM), which is not in the database.
create table unit_signing_keystore (
    org_unit_id          bigint       primary key references org_unit (id),
    pkcs12               bytea        not null,
    password_sealed      bytea        not null,
    chairman_alias       varchar(200) not null,
    organisation_alias   varchar(200),
    chairman_subject     varchar(500) not null,
    organisation_subject varchar(500),
    not_after            timestamptz  not null,
    demo                 boolean      not null default false,
    updated_by           varchar(60)  not null,
    updated_at           timestamptz  not null
);

-- Certificates a signature's chain must end in to be reported valid (the demo CA; the roots of uploaded keystores).
create table signing_trust_anchor (
    id          bigserial    primary key,
    subject     varchar(500) not null,
    certificate bytea        not null,
    sha256      char(64)     not null unique,
    demo        boolean      not null default false,
    added_at    timestamptz  not null default now()
);

-- The digital signatures put on each signed version's PDF: lets verification recognise one of our reports even
-- when the file was altered (its signature values are still the ones we made).
create table report_pdf_signature (
    report_id  bigint       not null references report (id) on delete cascade,
    revision   int          not null,
    position   int          not null,
    role       varchar(20)  not null check (role in ('CHAIRMAN', 'ORGANISATION')),
    signer     varchar(500) not null,
    signed_at  timestamptz  not null,
    cms_sha256 char(64)     not null,
    primary key (report_id, revision, position)
);
create index report_pdf_signature_cms on report_pdf_signature (cms_sha256);

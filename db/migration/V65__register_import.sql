-- Register import (issue 19): the signer as the e-office export gives it, the column mapping each unit used last
-- time, and uploaded files waiting between the preview and the commit.
alter table issued_document add column signer varchar(200);

create table register_import_mapping (
    org_unit_id bigint       not null references org_unit (id),
    field       varchar(20)  not null,   -- NUMBER, DATE, TYPE, SUMMARY, SIGNER, ISSUER
    header      varchar(200) not null,   -- the column's header, folded (lower case, no diacritics)
    updated_at  timestamptz  not null default now(),
    primary key (org_unit_id, field)
);

create table register_import_upload (
    id          uuid         primary key,
    org_unit_id bigint       not null references org_unit (id),
    username    varchar(60)  not null,
    file_name   varchar(255) not null,
    content     bytea        not null,
    created_at  timestamptz  not null default now()
);
create index register_import_upload_created on register_import_upload (created_at);

-- The register page at 5,000 documents per unit: one page in the register's order (date, number, id) without a
-- sort, and the import's match on number + date within a unit.
create index issued_document_unit_order on issued_document (org_unit_id, issued_on, number_symbol, id);

-- Causes of lateness per Biểu 06 row (issue 13): how many late dossiers, for which reason of a short list, with
-- free text (required for OTHER). Replaced with the rows (cascade from dossier_row).
create table dossier_late_cause (
    row_id        bigint       not null references dossier_row (id) on delete cascade,
    position      int          not null,
    reason        varchar(20)  not null
        check (reason in ('SUPPLEMENT', 'COORDINATION', 'VERIFICATION', 'WORKLOAD', 'SYSTEM', 'OTHER')),
    dossier_count int          not null check (dossier_count > 0),
    note          varchar(300),
    primary key (row_id, position),
    check (reason <> 'OTHER' or note is not null)
);

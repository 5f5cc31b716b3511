-- Relations between figures kept as data (issue 13), so the checks follow the catalogue instead of code:
-- a breakdown (petitions = denunciations + complaints + requests) and a ratio (a percent = numerator / denominator,
-- each an indicator "ind:CODE" or a Biểu 06 column "dossier:receivedOnline").
create table indicator_part (
    indicator_id bigint not null references indicator (id) on delete cascade,
    part_id      bigint not null references indicator (id) on delete cascade,
    position     int    not null default 0,
    primary key (indicator_id, part_id),
    check (indicator_id <> part_id)
);

create table indicator_ratio (
    indicator_id bigint      primary key references indicator (id) on delete cascade,
    numerator    varchar(80) not null check (numerator ~ '^(ind:[A-Z][A-Z0-9_]{1,59}|dossier:[a-zA-Z]+)$'),
    denominator  varchar(80) not null check (denominator ~ '^(ind:[A-Z][A-Z0-9_]{1,59}|dossier:[a-zA-Z]+)$')
);

-- The online rate the checks used to know by heart: (4) / (3) of Biểu 06.
insert into indicator_ratio (indicator_id, numerator, denominator)
select id, 'dossier:receivedOnline', 'dossier:receivedTotal' from indicator where code = 'ONLINE_RATE';

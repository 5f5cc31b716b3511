-- One row the health check updates: proves that the database accepts writes (not only reads), so that a full disk,
-- a read-only server or a stuck lock turn /actuator/health DOWN instead of failing users' saves behind an UP.
create table db_health (
    id         integer primary key check (id = 1),
    checked_at timestamptz not null,
    probes     bigint not null default 0
);
insert into db_health (id, checked_at) values (1, now());

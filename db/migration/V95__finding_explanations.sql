-- Giải trình: the clerk's one-sentence explanation of a check finding that states a fact which cannot be changed
-- (a number really used twice in the year). A finding is identified by its rule and its message (which names the
-- record), so an explanation no longer applies once the record changes and the message with it.
create table finding_explanation (
    id           bigserial primary key,
    report_id    bigint        not null references report (id) on delete cascade,
    rule         varchar(60)   not null,
    message      text          not null,
    explanation  varchar(1000) not null,
    author       varchar(100)  not null,
    explained_at timestamptz   not null default now(),
    unique (report_id, rule, message)
);

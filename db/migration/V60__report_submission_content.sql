-- What the clerk submitted, per version: the composed content at submission. Signing compares the content it is
-- about to freeze with this one and refuses when the records changed in between (issue: the register stayed
-- editable after submission and the changes flowed into the signed files unseen).
create table report_submission (
    report_id    bigint      not null references report (id) on delete cascade,
    revision     int         not null,
    content_json jsonb       not null,
    submitted_by varchar(60) not null,
    submitted_at timestamptz not null,
    primary key (report_id, revision)
);

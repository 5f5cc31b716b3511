-- Biểu 06 rows by authority level (issue 13), as the official form groups them: cấp xã / cấp huyện / cấp tỉnh /
-- ngành dọc trung ương. Null when the report does not group by level; sub-totals are computed, never stored.
alter table dossier_row add column authority_level varchar(20)
    check (authority_level in ('COMMUNE', 'DISTRICT', 'PROVINCE', 'CENTRAL_VERTICAL'));

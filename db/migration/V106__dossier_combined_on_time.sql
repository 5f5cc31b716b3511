-- Many communes report «trước hạn và đúng hạn» as one figure (issue 13). Such a row keeps it in resolved_on_time
-- with this flag set; resolved_early stays empty, and (7) = (9) + (10) is the rule.
alter table dossier_row add column early_on_time_combined boolean not null default false;
alter table dossier_row add constraint dossier_row_combined_check
    check (not early_on_time_combined or resolved_early is null);

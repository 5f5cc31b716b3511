-- Each report kind renders with its own Word template (issue 12). `template` names a template shipped in
-- templates-docx/; an administrator's upload is kept here (nothing lives in an app node) and wins over the name.
alter table report_kind add column template_docx bytea;
alter table report_kind add column template_uploaded_at timestamptz;

update report_kind set template = 'bao-cao-kiem-soat-tthc.docx' where code = 'KSTTHC';

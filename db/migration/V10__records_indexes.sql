-- Records: look-ups by document (is a document cited by any report?) and by indicator.
create index report_document_document on report_document (document_id);
create index indicator_value_indicator on indicator_value (indicator_id);

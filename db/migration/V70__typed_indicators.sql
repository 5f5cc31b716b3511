-- Indicator types as communes report them (issue 13): scores (DECIMAL, "43,26/60 điểm"), dates, yes/no; money
-- stays exact in đồng but prints in the scale chosen per indicator ("4,42 tỷ đồng"); "khoảng" joins the qualifiers.
alter table indicator drop constraint indicator_kind_check;
alter table indicator add constraint indicator_kind_check
    check (kind in ('COUNT', 'DECIMAL', 'PERCENT', 'MONEY', 'DATE', 'TEXT', 'YES_NO'));
alter table indicator add column money_scale varchar(10)
    check (money_scale in ('DONG', 'THOUSAND', 'MILLION', 'BILLION', 'AUTO'));
alter table indicator add column out_of numeric(12, 2) check (out_of > 0);

alter table indicator_value add column date_value date;
alter table indicator_value add column yes_no boolean;
alter table indicator_value drop constraint indicator_value_check;
alter table indicator_value add constraint indicator_value_present
    check (numeric_value is not null or text_value is not null or date_value is not null or yes_no is not null);
alter table indicator_value drop constraint indicator_value_qualifier_check;
alter table indicator_value add constraint indicator_value_qualifier_check
    check (qualifier in ('EXACT', 'APPROX', 'ABOUT', 'OVER', 'UNDER', 'AT_LEAST'));

-- The catalogue per province and year (issue 13): an office (province or district) adds its own indicators for its
-- units and years; entries without an owner are the national catalogue, which stays.
alter table indicator add column owner_unit_id bigint references org_unit (id);
alter table indicator add column year_from int check (year_from between 2000 and 2100);
alter table indicator add column year_to int check (year_to between 2000 and 2100);
alter table indicator add constraint indicator_years_ordered check (year_from is null or year_to is null or year_from <= year_to);
create index indicator_owner on indicator (owner_unit_id);

-- Who signs an office's report: a unit's kind of office decides the signature block. A people's committee
-- (COMMITTEE, the default: communes, and a district whose chairman signs the office's report) signs «TM. ỦY BAN
-- NHÂN DÂN / CHỦ TỊCH»; a division (DIVISION, Phòng Nội vụ) and a department (DEPARTMENT, Sở Nội vụ) are signed by
-- their head («TRƯỞNG PHÒNG», «GIÁM ĐỐC») or a deputy on the head's behalf («KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG»).
alter table org_unit add column office_kind varchar(20) not null default 'COMMITTEE'
    check (office_kind in ('COMMITTEE', 'DIVISION', 'DEPARTMENT'));

alter table unit_official drop constraint unit_official_position_check;
alter table unit_official add constraint unit_official_position_check
    check (position in ('CHAIRMAN', 'VICE_CHAIRMAN', 'HEAD', 'DEPUTY_HEAD'));

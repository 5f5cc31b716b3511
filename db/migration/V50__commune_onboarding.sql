-- Any commune, from day one: periods that are opened (their reports created), the people who sign for a unit,
-- the signer a report names, and report kinds with their outline as data.

-- A period is opened once its reports were created for every unit it applies to; until then it is only planned.
alter table reporting_period add column opened_at timestamptz;

-- The unit's officials: the signer is a person with a position for a time, not a login account.
create table unit_official (
    id          bigserial primary key,
    org_unit_id bigint       not null references org_unit (id),
    full_name   varchar(200) not null,
    position    varchar(20)  not null check (position in ('CHAIRMAN', 'VICE_CHAIRMAN')),
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);
create index unit_official_unit on unit_official (org_unit_id);

alter table report add column signer_official_id bigint references unit_official (id);

-- Report kinds: the outline (one heading per line: level|number|text|section code|empty rule) and the Word
-- template. {next} in a heading is replaced by the period that follows («quý IV năm 2025», «năm 2024»).
create table report_kind (
    id             bigserial primary key,
    code           varchar(40)  not null unique,
    name           varchar(200) not null,
    summary_line   varchar(300) not null,   -- first summary line ("Kết quả công tác cải cách hành chính")
    outline        text         not null,
    template       varchar(200) not null default 'bao-cao-cchc.docx',
    empty_section  varchar(10)  not null default 'NOTE' check (empty_section in ('NOTE', 'OMIT')),
    version        bigint       not null default 0
);

alter table reporting_period add column report_kind_id bigint references report_kind (id);

insert into report_kind (code, name, summary_line, outline, empty_section) values
('CCHC', 'Báo cáo kết quả công tác cải cách hành chính', 'Kết quả công tác cải cách hành chính', $o$1|I.|CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH|I
1|II.|KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH|
2|1.|Về cải cách thể chế|II.1
2|2.|Cải cách thủ tục hành chính|
2|2.1.|Kết quả rà soát, đơn giản hóa TTHC|II.2.1
2|2.2.|Việc công khai TTHC, danh mục TTHC|II.2.2
2|2.3.|Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC|
3|a)|Tình hình tổ chức và hoạt động của Bộ phận Một cửa|II.2.3.a
3|b)|Kết quả thực hiện số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC ({window}):|II.2.3.b
3|c)|Việc tiếp nhận, xử lý phản ánh kiến nghị của tổ chức, cá nhân đối với những quy định về cơ chế, chính sách, TTHC do cơ quan nhà nước, người có thẩm quyền ban hành, biểu mẫu, phí và lệ phí và các quy định hành chính liên quan đến TTHC|II.2.3.c
3|d)|Kết quả thực hiện việc đánh giá chất lượng giải quyết TTHC|II.2.3.d
2|3.|Cải cách tổ chức bộ máy|II.3
2|4.|Cải cách chế độ công vụ|II.4
2|5.|Cải cách tài chính công|II.5
2|6.|Xây dựng và phát triển chính phủ điện tử|II.6
1|III.|ĐÁNH GIÁ CHUNG|
2|1.|Mặt tích cực|III.1
2|2.|Những tồn tại, hạn chế và nguyên nhân|III.2
1|IV.|PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM {NEXT}|IV
1|V.|KIẾN NGHỊ, ĐỀ XUẤT|V$o$, 'NOTE'),
('KSTTHC', 'Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính', 'Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính', $o$1|I.|TÌNH HÌNH, KẾT QUẢ THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH|
2|1.|Công tác chỉ đạo, điều hành|I
2|2.|Công bố, công khai thủ tục hành chính|II.2.2
2|3.|Rà soát, đơn giản hóa thủ tục hành chính|II.2.1
2|4.|Tình hình, kết quả giải quyết thủ tục hành chính ({window})|II.2.3.b
2|5.|Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính|II.2.3.c
1|II.|ĐÁNH GIÁ CHUNG|
2|1.|Ưu điểm|III.1
2|2.|Tồn tại, hạn chế và nguyên nhân|III.2
1|III.|NHIỆM VỤ TRỌNG TÂM {NEXT}|IV
1|IV.|KIẾN NGHỊ, ĐỀ XUẤT|V$o$, 'OMIT');

-- Indicator catalogue: the figures the Liên Mạc 2023 reference report uses (see docs/demo-data.md).
-- Codes are referenced by src/main/resources/demo/lien-mac-2023.json and by {{ind:CODE}} tokens in the narrative.
-- TEXT indicators have no unit of measure (null).

insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('MEETINGS_CCHC', 'Số cuộc họp, giao ban về CCHC', 'cuộc', 'I', 'COUNT', 10);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('RADIO_NEWS_CCHC', 'Số tin bài tuyên truyền về CCHC trên đài truyền thanh', 'tin bài', 'I', 'COUNT', 20);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('LEGAL_NORMATIVE_DOCS_ISSUED', 'Số văn bản quy phạm pháp luật do HĐND, UBND xã ban hành', 'văn bản', 'II.1', 'COUNT', 30);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('WEBSITE_ARTICLES_LEGAL', 'Số bài tuyên truyền, phổ biến pháp luật trên Trang thông tin điện tử xã', 'bài', 'II.1', 'COUNT', 40);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('LOUDSPEAKER_BROADCASTS_LEGAL', 'Số lượt tuyên truyền, phổ biến pháp luật trên hệ thống loa truyền thanh', 'lượt', 'II.1', 'COUNT', 50);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('ADMIN_DOCS_REVIEWED', 'Số văn bản hành chính do HĐND, UBND xã ban hành đã được rà soát', 'văn bản', 'II.1', 'COUNT', 60);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('ONE_STOP_STAFF_SUPPORTED', 'Số công chức Bộ phận Một cửa được hưởng chế độ hỗ trợ', 'người', 'II.2.3.a', 'COUNT', 70);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('ONE_STOP_COMPUTERS', 'Số máy vi tính tại Bộ phận Tiếp nhận và Trả kết quả', 'máy', 'II.2.3.a', 'COUNT', 80);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('ONE_STOP_SCANNERS', 'Số máy scan tại Bộ phận Tiếp nhận và Trả kết quả', 'máy', 'II.2.3.a', 'COUNT', 90);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('ONE_STOP_PRINTERS', 'Số máy in tại Bộ phận Tiếp nhận và Trả kết quả', 'máy', 'II.2.3.a', 'COUNT', 100);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('FEEDBACK_RECEIVED', 'Số phản ánh, kiến nghị về quy định hành chính, TTHC nhận được', 'phản ánh, kiến nghị', 'II.2.3.c', 'COUNT', 110);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('SATISFACTION_LEVEL', 'Mức độ hài lòng của tổ chức, cá nhân trong giải quyết TTHC', null, 'II.2.3.d', 'TEXT', 120);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('STAFF_TOTAL', 'Tổng số cán bộ, công chức xã', 'người', 'II.3', 'COUNT', 130);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('SEMI_PROFESSIONAL_STAFF', 'Số cán bộ bán chuyên trách', 'người', 'II.3', 'COUNT', 140);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('VILLAGES_SECRETARY_HEAD', 'Số thôn có Bí thư chi bộ kiêm trưởng thôn', 'thôn', 'II.3', 'COUNT', 150);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('VILLAGES_TOTAL', 'Tổng số thôn', 'thôn', 'II.3', 'COUNT', 160);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('OFFICIALS_ROTATED', 'Số vị trí cán bộ được tiếp nhận, luân chuyển theo kế hoạch của cấp trên', 'vị trí', 'II.3', 'COUNT', 170);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('CIVIL_SERVANTS_ROTATED', 'Số công chức được tiếp nhận, luân chuyển', 'người', 'II.3', 'COUNT', 180);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('STAFF_UNIVERSITY', 'Số cán bộ, công chức có trình độ đại học', 'người', 'II.3', 'COUNT', 190);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('STAFF_INTERMEDIATE', 'Số cán bộ, công chức có trình độ trung cấp', 'người', 'II.3', 'COUNT', 200);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('STAFF_POSITION_COMPLIANCE_RATE', 'Tỷ lệ cán bộ, công chức được bố trí đúng chức danh, vị trí việc làm', '%', 'II.3', 'PERCENT', 210);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('STAFF_STANDARD_RATE', 'Tỷ lệ cán bộ, công chức xã đạt chuẩn', '%', 'II.3', 'PERCENT', 220);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('CIVIL_SERVANTS_TRANSFERRED_IN', 'Số công chức được điều động đến', 'người', 'II.4', 'COUNT', 230);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('CIVIL_SERVANTS_TRANSFERRED_OUT', 'Số công chức được điều động đi', 'người', 'II.4', 'COUNT', 240);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('RATING_EXCELLENT', 'Số cán bộ, công chức xếp loại hoàn thành xuất sắc nhiệm vụ', 'người', 'II.4', 'COUNT', 250);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('RATING_GOOD', 'Số cán bộ, công chức xếp loại hoàn thành tốt nhiệm vụ', 'người', 'II.4', 'COUNT', 260);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('RATING_COMPLETED', 'Số cán bộ, công chức xếp loại hoàn thành nhiệm vụ', 'người', 'II.4', 'COUNT', 270);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('BUDGET_REVENUE', 'Kết quả thu ngân sách nhà nước theo Kế hoạch được giao', 'đồng', 'II.5', 'MONEY', 280);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('PUBLIC_INVESTMENT_DISBURSEMENT', 'Kết quả thực hiện Kế hoạch giải ngân vốn đầu tư công', null, 'II.5', 'TEXT', 290);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('POST_INSPECTION_RECOMMENDATIONS', 'Kết quả thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách', null, 'II.5', 'TEXT', 300);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('WEBSITE_DIRECTIVE_DOCS_RATE', 'Tỷ lệ văn bản chỉ đạo, điều hành được đăng tải trên Trang thông tin điện tử xã', '%', 'II.6', 'PERCENT', 310);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('ONLINE_DOSSIERS', 'Số hồ sơ TTHC tiếp nhận trực tuyến', 'hồ sơ', 'II.6', 'COUNT', 320);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('ONLINE_RATE', 'Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến', '%', 'II.6', 'PERCENT', 330);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('DIGITAL_SIGNATURE_STAFF_RATE', 'Tỷ lệ cán bộ, công chức sử dụng chữ ký số chuyên dùng Chính phủ', '%', 'II.6', 'PERCENT', 340);
insert into indicator (code, label, unit_of_measure, section_code, kind, position) values ('DOCS_PROCESSED_ON_SYSTEM_RATE', 'Tỷ lệ văn bản đi, đến được xử lý trên Hệ thống Quản lý văn bản và điều hành', '%', 'II.6', 'PERCENT', 350);

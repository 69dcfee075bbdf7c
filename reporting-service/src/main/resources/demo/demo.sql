-- Demo data (dữ liệu minh họa) for the run command, from the source articles of docs/domain.md §5:
-- Thanh Hóa's foreign-affairs programme 2021–2025 with its three pillars and the partners named in
-- the Thanh Hóa portal's article of 13 October 2021, and Điện Biên's plan 139/KH-UBND with the
-- content areas of the Điện Biên article of 17 January 2019 (the article names eight of the nine;
-- the ninth is invented and marked). Reports, dates and figures are invented and marked as demo data.
-- Idempotent: fixed ids, and nothing is inserted twice.

-- The units of the demo provinces (not real assignments), enough to show province scoping and the lead
-- unit for external information in Điện Biên's plan 139/KH-UBND.
insert into reporting_unit (province_code, code, name_vi, name_en) values
    ('38', 'SO_NGOAI_VU',    'Sở Ngoại vụ tỉnh Thanh Hóa',                                   'Thanh Hóa Department of Foreign Affairs'),
    ('38', 'SO_VHTTDL',      'Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa',               'Thanh Hóa Department of Culture, Sports and Tourism'),
    ('38', 'BQL_KKT_NGHI_SON', 'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp',    'Nghi Sơn Economic Zone and Industrial Parks Authority'),
    ('38', 'SO_CONG_THUONG', 'Sở Công Thương tỉnh Thanh Hóa',                                'Thanh Hóa Department of Industry and Trade'),
    ('11', 'SO_NGOAI_VU',    'Sở Ngoại vụ tỉnh Điện Biên',                                   'Điện Biên Department of Foreign Affairs'),
    ('11', 'SO_TTTT',        'Sở Thông tin và Truyền thông tỉnh Điện Biên',                  'Điện Biên Department of Information and Communications'),
    ('11', 'BCH_BDBP',       'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên',                  'Điện Biên Border Guard Command'),
    ('22', 'SO_NGOAI_VU',    'Sở Ngoại vụ tỉnh Quảng Ninh',                                  'Quảng Ninh Department of Foreign Affairs'),
    ('22', 'BAN_XTHT_DT',    'Ban Xúc tiến và Hỗ trợ đầu tư tỉnh Quảng Ninh',                'Quảng Ninh Investment Promotion and Support Board'),
    ('33', 'SO_NGOAI_VU',    'Sở Ngoại vụ tỉnh Hưng Yên',                                    'Hưng Yên Department of Foreign Affairs'),
    ('46', 'SO_NGOAI_VU',    'Sở Ngoại vụ thành phố Huế',                                    'Huế City Department of Foreign Affairs')
on conflict (province_code, code) do nothing;


insert into programme (id, province_code, number, title, kind, issuing_body, issued_on, from_year, to_year, legal_basis, status,
                       cadence, on_time_days, search_text, created_at, created_by, updated_at, updated_by) values
('f1000000-0000-4000-8000-000000000001', '38', 'DEMO-CTĐN/2021-2025', 'Chương trình đối ngoại tỉnh Thanh Hóa giai đoạn 2021–2025',
 'PROGRAMME', 'Ủy ban nhân dân tỉnh Thanh Hóa', '2021-10-13', 2021, 2025,
 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX; Nghị quyết số 58-NQ/TW ngày 5-8-2020 của Bộ Chính trị (nguồn: xem docs/domain.md §5).',
 'ISSUED', 'YEAR', 15, 'demo ctdn 2021 2025 chuong trinh doi ngoai tinh thanh hoa giai doan 2021 2025', now(), 'demo-data', now(), 'demo-data'),
('f1000000-0000-4000-8000-000000000002', '11', '139/KH-UBND', 'Kế hoạch hành động triển khai công tác đối ngoại tỉnh Điện Biên giai đoạn 2019–2021 và các năm tiếp theo',
 'PLAN', 'Ủy ban nhân dân tỉnh Điện Biên', '2019-01-17', 2019, 2026,
 'Hội nghị ngoại vụ toàn quốc lần thứ 19 (nguồn: xem docs/domain.md §5).',
 'ISSUED', 'QUARTER', 15, '139 kh ubnd ke hoach hanh dong trien khai cong tac doi ngoai tinh dien bien giai doan 2019 2021 va cac nam tiep theo', now(), 'demo-data', now(), 'demo-data')
on conflict (id) do nothing;

insert into content_area (id, programme_id, position, title, pillar) values
('f2000000-0000-4000-8000-000000000001', 'f1000000-0000-4000-8000-000000000001', 1, 'Đối ngoại của Đảng', 'PARTY_EXTERNAL_RELATIONS'),
('f2000000-0000-4000-8000-000000000002', 'f1000000-0000-4000-8000-000000000001', 2, 'Ngoại giao chính quyền: hợp tác với các địa phương, đối tác truyền thống', 'STATE_DIPLOMACY'),
('f2000000-0000-4000-8000-000000000003', 'f1000000-0000-4000-8000-000000000001', 3, 'Ngoại giao kinh tế: Khu kinh tế Nghi Sơn, du lịch', 'STATE_DIPLOMACY'),
('f2000000-0000-4000-8000-000000000004', 'f1000000-0000-4000-8000-000000000001', 4, 'Đối ngoại nhân dân', 'PEOPLE_TO_PEOPLE_DIPLOMACY'),
('f2000000-0000-4000-8000-000000000011', 'f1000000-0000-4000-8000-000000000002', 1, 'Tăng cường lãnh đạo, chỉ đạo và quản lý các hoạt động đối ngoại', 'PARTY_EXTERNAL_RELATIONS'),
('f2000000-0000-4000-8000-000000000012', 'f1000000-0000-4000-8000-000000000002', 2, 'Hội nhập quốc tế và ngoại giao kinh tế phục vụ phát triển bền vững', 'STATE_DIPLOMACY'),
('f2000000-0000-4000-8000-000000000013', 'f1000000-0000-4000-8000-000000000002', 3, 'Hợp tác với các địa phương của Lào, Trung Quốc và các nước ASEAN', 'STATE_DIPLOMACY'),
('f2000000-0000-4000-8000-000000000014', 'f1000000-0000-4000-8000-000000000002', 4, 'Ngoại giao văn hóa', 'STATE_DIPLOMACY'),
('f2000000-0000-4000-8000-000000000015', 'f1000000-0000-4000-8000-000000000002', 5, 'Thông tin đối ngoại', 'STATE_DIPLOMACY'),
('f2000000-0000-4000-8000-000000000016', 'f1000000-0000-4000-8000-000000000002', 6, 'Công tác lãnh sự và bảo hộ công dân', 'STATE_DIPLOMACY'),
('f2000000-0000-4000-8000-000000000017', 'f1000000-0000-4000-8000-000000000002', 7, 'Quản lý biên giới lãnh thổ quốc gia', 'STATE_DIPLOMACY'),
('f2000000-0000-4000-8000-000000000018', 'f1000000-0000-4000-8000-000000000002', 8, 'Tăng cường nguồn lực cho công tác đối ngoại', 'STATE_DIPLOMACY'),
('f2000000-0000-4000-8000-000000000019', 'f1000000-0000-4000-8000-000000000002', 9, 'Đối ngoại nhân dân (nội dung thứ chín, minh họa)', 'PEOPLE_TO_PEOPLE_DIPLOMACY')
on conflict (id) do nothing;

insert into task (id, programme_id, content_area_id, title, description, lead_unit_id, recurrence, deadline, expected_output,
                  indicators, created_at) values
('f3000000-0000-4000-8000-000000000001', 'f1000000-0000-4000-8000-000000000001', 'f2000000-0000-4000-8000-000000000002',
 'Củng cố quan hệ hữu nghị hợp tác với tỉnh Hủa Phăn (Lào)', null,
 (select id from reporting_unit where province_code = '38' and code = 'SO_NGOAI_VU'), 'YEARLY', null, 'Chương trình hợp tác hằng năm',
 '[{"code":"DELEGATIONS_LA","name":"Đoàn ra sang Lào","unit":"đoàn","baseline":1,"targets":{"2025":2},"direction":"INCREASE","automaticSource":"OUTBOUND_DELEGATIONS","automaticCountry":"LA"},{"code":"AGREEMENTS_LA","name":"Thỏa thuận còn hiệu lực với đối tác Lào","unit":"thỏa thuận","baseline":1,"targets":{"2025":1},"direction":"MAINTAIN","automaticSource":"AGREEMENTS_IN_FORCE","automaticCountry":"LA"}]',
 now()),
('f3000000-0000-4000-8000-000000000002', 'f1000000-0000-4000-8000-000000000001', 'f2000000-0000-4000-8000-000000000002',
 'Phát triển quan hệ với Seongnam (Hàn Quốc), Mittelsachsen (Đức), Farwaniyah (Cô-oét)', null,
 (select id from reporting_unit where province_code = '38' and code = 'SO_NGOAI_VU'), 'YEARLY', null, null, '[]', now()),
('f3000000-0000-4000-8000-000000000003', 'f1000000-0000-4000-8000-000000000001', 'f2000000-0000-4000-8000-000000000003',
 'Xúc tiến đầu tư vào Khu kinh tế Nghi Sơn và các khu công nghiệp', null,
 (select id from reporting_unit where province_code = '38' and code = 'BQL_KKT_NGHI_SON'), 'YEARLY', null, 'Dự án FDI mới',
 '[{"code":"FDI_PROJECTS","name":"Dự án FDI mới","unit":"dự án","baseline":10,"targets":{"2025":15},"direction":"INCREASE"}]', now()),
('f3000000-0000-4000-8000-000000000004', 'f1000000-0000-4000-8000-000000000001', 'f2000000-0000-4000-8000-000000000003',
 'Quảng bá du lịch Thanh Hóa với các đối tác nước ngoài', null,
 (select id from reporting_unit where province_code = '38' and code = 'SO_VHTTDL'), 'YEARLY', null, null,
 '[{"code":"INTL_VISITORS","name":"Lượt khách quốc tế","unit":"nghìn lượt","baseline":300,"targets":{"2025":400},"direction":"INCREASE"}]', now()),
('f3000000-0000-4000-8000-000000000011', 'f1000000-0000-4000-8000-000000000002', 'f2000000-0000-4000-8000-000000000015',
 'Đẩy mạnh thông tin đối ngoại phục vụ hội nhập kinh tế quốc tế (Đề án theo Quyết định 281/QĐ-UBND)', null,
 (select id from reporting_unit where province_code = '11' and code = 'SO_TTTT'), 'QUARTERLY', null, 'Tin, bài thông tin đối ngoại',
 '[{"code":"ARTICLES","name":"Tin, bài thông tin đối ngoại","unit":"bài","baseline":40,"targets":{"2026-Q3":60},"direction":"INCREASE"}]', now()),
('f3000000-0000-4000-8000-000000000012', 'f1000000-0000-4000-8000-000000000002', 'f2000000-0000-4000-8000-000000000013',
 'Hợp tác với các tỉnh Bắc Lào và tỉnh Vân Nam (Trung Quốc)', null,
 (select id from reporting_unit where province_code = '11' and code = 'SO_NGOAI_VU'), 'QUARTERLY', null, null, '[]', now()),
('f3000000-0000-4000-8000-000000000013', 'f1000000-0000-4000-8000-000000000002', 'f2000000-0000-4000-8000-000000000017',
 'Quản lý biên giới, phối hợp tuần tra song phương', null,
 (select id from reporting_unit where province_code = '11' and code = 'BCH_BDBP'), 'QUARTERLY', null, null, '[]', now())
on conflict (id) do nothing;

insert into task_coordinator (task_id, unit_id) values
('f3000000-0000-4000-8000-000000000001', (select id from reporting_unit where province_code = '38' and code = 'SO_VHTTDL')),
('f3000000-0000-4000-8000-000000000011', (select id from reporting_unit where province_code = '11' and code = 'SO_NGOAI_VU'))
on conflict do nothing;

insert into unit_report (id, programme_id, unit_id, province_code, period, status, entries, submitted_on, created_at, updated_at, updated_by) values
('f4000000-0000-4000-8000-000000000001', 'f1000000-0000-4000-8000-000000000001',
 (select id from reporting_unit where province_code = '38' and code = 'SO_NGOAI_VU'), '38', '2025', 'ACCEPTED',
 '[{"taskId":"f3000000-0000-4000-8000-000000000001","status":"ON_TRACK","narrative":"Đón và cử đoàn theo chương trình năm (minh họa).","actuals":{},"evidence":[]},{"taskId":"f3000000-0000-4000-8000-000000000002","status":"AT_RISK","narrative":"Quan hệ với Farwaniyah chưa có hoạt động trong năm (minh họa).","actuals":{},"evidence":[]}]',
 '2026-01-10', now(), now(), 'demo-data'),
('f4000000-0000-4000-8000-000000000002', 'f1000000-0000-4000-8000-000000000001',
 (select id from reporting_unit where province_code = '38' and code = 'SO_VHTTDL'), '38', '2025', 'SUBMITTED',
 '[{"taskId":"f3000000-0000-4000-8000-000000000001","status":"ON_TRACK","narrative":"Phối hợp tổ chức tuần văn hóa (minh họa).","actuals":{},"evidence":[]},{"taskId":"f3000000-0000-4000-8000-000000000004","status":"ON_TRACK","narrative":"Đón 380 nghìn lượt khách quốc tế (minh họa).","actuals":{"INTL_VISITORS":380},"evidence":[]}]',
 '2026-02-03', now(), now(), 'demo-data'),
('f4000000-0000-4000-8000-000000000011', 'f1000000-0000-4000-8000-000000000002',
 (select id from reporting_unit where province_code = '11' and code = 'SO_TTTT'), '11', '2026-Q3', 'ACCEPTED',
 '[{"taskId":"f3000000-0000-4000-8000-000000000011","status":"ON_TRACK","narrative":"Đăng 65 tin, bài (minh họa).","actuals":{"ARTICLES":65},"evidence":[]}]',
 '2026-10-10', now(), now(), 'demo-data'),
('f4000000-0000-4000-8000-000000000012', 'f1000000-0000-4000-8000-000000000002',
 (select id from reporting_unit where province_code = '11' and code = 'SO_NGOAI_VU'), '11', '2026-Q3', 'SUBMITTED',
 '[{"taskId":"f3000000-0000-4000-8000-000000000011","status":"ON_TRACK","narrative":"Cung cấp thông tin cho báo chí (minh họa).","actuals":{},"evidence":[]},{"taskId":"f3000000-0000-4000-8000-000000000012","status":"AT_RISK","narrative":"Chậm triển khai kế hoạch với Vân Nam (minh họa).","actuals":{},"evidence":[]}]',
 '2026-10-25', now(), now(), 'demo-data')
on conflict (id) do nothing;

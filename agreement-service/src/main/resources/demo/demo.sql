-- Demo data (dữ liệu minh họa) for the run command, from the source articles of docs/domain.md §5.
-- Facts from the articles: the partners' names and countries, the Thái Bình–Xay Nhạ Bu Ly draft of
-- 2020 and its cooperation fields (the Thái Bình article of 20 February 2020), Thanh Hóa's
-- traditional partners (the Thanh Hóa portal's article of 13 October 2021 on its programme
-- 2021–2025), Quảng Ninh's ties with Guangxi and with three northern Lao provinces (the infonet
-- article on the Central Foreign Relations Commission's visit). Invented and marked DEMO: every
-- date, reference number, decision and the names of the three Lao provinces.
-- Idempotent: fixed ids, and nothing is inserted twice.

insert into partner (id, province_code, name_vi, name_en, name_native, kind, country_code, relationship, relationship_since,
                     notes, search_text, created_at, created_by, updated_at, updated_by) values
('d0000000-0000-4000-8000-000000000001', '34', 'Tỉnh Xay Nhạ Bu Ly', 'Xayaboury Province', 'ແຂວງໄຊຍະບູລີ', 'PROVINCE_STATE', 'LA', 'NEW', '2020-02-20',
 'Dữ liệu minh họa (demo).', 'tinh xay nha bu ly xayaboury province', now(), 'demo-data', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000002', '38', 'Tỉnh Hủa Phăn', 'Houaphanh Province', 'ແຂວງຫົວພັນ', 'PROVINCE_STATE', 'LA', 'TRADITIONAL', '1995-01-01',
 'Dữ liệu minh họa (demo): đối tác truyền thống (nguồn: xem docs/domain.md §5).', 'tinh hua phan houaphanh province', now(), 'demo-data', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000003', '38', 'Thành phố Seongnam', 'Seongnam City', '성남시', 'CITY', 'KR', 'TRADITIONAL', '2009-01-01',
 'Dữ liệu minh họa (demo).', 'thanh pho seongnam seongnam city', now(), 'demo-data', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000004', '38', 'Huyện Mittelsachsen', 'Mittelsachsen District', 'Landkreis Mittelsachsen', 'PROVINCE_STATE', 'DE', 'TRADITIONAL', '2010-01-01',
 'Dữ liệu minh họa (demo).', 'huyen mittelsachsen mittelsachsen district landkreis mittelsachsen', now(), 'demo-data', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000005', '38', 'Tỉnh Farwaniyah', 'Farwaniyah Governorate', 'محافظة الفروانية', 'PROVINCE_STATE', 'KW', 'TRADITIONAL', '2012-01-01',
 'Dữ liệu minh họa (demo).', 'tinh farwaniyah farwaniyah governorate', now(), 'demo-data', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000006', '22', 'Khu tự trị dân tộc Choang Quảng Tây', 'Guangxi Zhuang Autonomous Region', '广西壮族自治区', 'PROVINCE_STATE', 'CN', 'TRADITIONAL', '1992-01-01',
 'Dữ liệu minh họa (demo).', 'khu tu tri dan toc choang quang tay guangxi zhuang autonomous region', now(), 'demo-data', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000007', '22', 'Tỉnh Luông Pha Băng', 'Luang Prabang Province', 'ແຂວງຫຼວງພະບາງ', 'PROVINCE_STATE', 'LA', 'TWINNED', '2007-01-01',
 'Dữ liệu minh họa (demo): một trong ba tỉnh Bắc Lào kết nghĩa (nguồn: xem docs/domain.md §5).', 'tinh luong pha bang luang prabang province', now(), 'demo-data', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000008', '22', 'Tỉnh U Đôm Xay', 'Oudomxay Province', 'ແຂວງອຸດົມໄຊ', 'PROVINCE_STATE', 'LA', 'TWINNED', '2007-01-01',
 'Dữ liệu minh họa (demo): một trong ba tỉnh Bắc Lào kết nghĩa (nguồn: xem docs/domain.md §5).', 'tinh u dom xay oudomxay province', now(), 'demo-data', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000009', '22', 'Tỉnh Phông Sa Lỳ', 'Phongsaly Province', 'ແຂວງຜົ້ງສາລີ', 'PROVINCE_STATE', 'LA', 'TWINNED', '2007-01-01',
 'Dữ liệu minh họa (demo): một trong ba tỉnh Bắc Lào kết nghĩa (nguồn: xem docs/domain.md §5).', 'tinh phong sa ly phongsaly province', now(), 'demo-data', now(), 'demo-data')
on conflict (id) do nothing;

insert into agreement (id, province_code, status, reference_number, title_vi, title_foreign, kind, signing_level,
                       signatory_unit_as_signed, responsible_unit, signatory_name, signatory_title, proposed_on, decided_on,
                       signed_on, in_force_on, expires_on, languages, documents, search_text, created_at, created_by,
                       updated_at, updated_by) values
('da000000-0000-4000-8000-000000000001', '34', 'IN_FORCE', 'DEMO-01/2020/TTQT',
 'Thỏa thuận hợp tác hữu nghị giữa tỉnh Thái Bình và tỉnh Xay Nhạ Bu Ly', 'Friendship and cooperation agreement between Thai Binh and Xayaboury',
 'FRIENDSHIP_COOPERATION', 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân tỉnh Thái Bình', 'Ủy ban nhân dân tỉnh Hưng Yên',
 'Người ký minh họa', 'Chủ tịch UBND tỉnh (demo)', '2020-02-20', '2020-06-30', '2020-07-15', '2020-07-15', '2030-07-14',
 '["vi","lo"]', '[{"number":"692-QĐ/TU","date":"2017-05-10","issuer":"Tỉnh ủy Thái Bình","title":"Quyết định về quản lý thống nhất các hoạt động đối ngoại"}]',
 'thoa thuan hop tac huu nghi giua tinh thai binh va tinh xay nha bu ly friendship and cooperation agreement between thai binh and xayaboury demo 01 2020 ttqt tinh xay nha bu ly xayaboury province 692 qd tu',
 now(), 'demo-data', now(), 'demo-data'),
('da000000-0000-4000-8000-000000000002', '38', 'IN_FORCE', 'DEMO-02/2021/TTQT',
 'Thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn giai đoạn 2022–2026', 'Cooperation agreement between Thanh Hoa and Houaphanh 2022–2026',
 'COOPERATION_PROGRAMME', 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'Ủy ban nhân dân tỉnh Thanh Hóa',
 'Người ký minh họa', 'Phó Chủ tịch UBND tỉnh (demo)', '2021-10-01', '2021-12-10', '2022-01-10', '2022-01-10', '2026-12-31',
 '["vi","lo"]', '[]',
 'thoa thuan hop tac giua tinh thanh hoa va tinh hua phan giai doan 2022 2026 cooperation agreement between thanh hoa and houaphanh 2022 2026 demo 02 2021 ttqt tinh hua phan houaphanh province',
 now(), 'demo-data', now(), 'demo-data'),
('da000000-0000-4000-8000-000000000003', '22', 'IN_FORCE', 'DEMO-03/2019/TTQT',
 'Biên bản ghi nhớ hợp tác giữa tỉnh Quảng Ninh và Khu tự trị dân tộc Choang Quảng Tây', 'Memorandum of understanding between Quang Ninh and Guangxi',
 'MEMORANDUM_OF_UNDERSTANDING', 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh',
 'Người ký minh họa', 'Chủ tịch UBND tỉnh (demo)', '2019-03-01', '2019-05-15', '2019-06-01', '2019-06-01', null,
 '["vi","zh"]', '[]',
 'bien ban ghi nho hop tac giua tinh quang ninh va khu tu tri dan toc choang quang tay memorandum of understanding between quang ninh and guangxi demo 03 2019 ttqt khu tu tri dan toc choang quang tay guangxi zhuang autonomous region',
 now(), 'demo-data', now(), 'demo-data'),
('da000000-0000-4000-8000-000000000004', '22', 'IN_FORCE', 'DEMO-04/2018/TTQT',
 'Thỏa thuận kết nghĩa giữa tỉnh Quảng Ninh và tỉnh Luông Pha Băng', 'Twinning agreement between Quang Ninh and Luang Prabang',
 'TWINNING', 'PEOPLES_COMMITTEE', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh',
 'Người ký minh họa', 'Chủ tịch UBND tỉnh (demo)', '2018-01-15', '2018-03-20', '2018-04-02', '2018-04-02', null,
 '["vi","lo"]', '[]',
 'thoa thuan ket nghia giua tinh quang ninh va tinh luong pha bang twinning agreement between quang ninh and luang prabang demo 04 2018 ttqt tinh luong pha bang luang prabang province',
 now(), 'demo-data', now(), 'demo-data'),
('da000000-0000-4000-8000-000000000005', '38', 'CONSULTING', 'DEMO-05/2026/TTQT',
 'Biên bản ghi nhớ hợp tác giữa tỉnh Thanh Hóa và thành phố Seongnam về du lịch và Khu kinh tế Nghi Sơn', 'MoU between Thanh Hoa and Seongnam on tourism and the Nghi Son Economic Zone',
 'MEMORANDUM_OF_UNDERSTANDING', 'PEOPLES_COMMITTEE', null, 'Sở Ngoại vụ tỉnh Thanh Hóa',
 null, null, '2026-10-01', null, null, null, null,
 '["vi","ko"]', '[]',
 'bien ban ghi nho hop tac giua tinh thanh hoa va thanh pho seongnam ve du lich va khu kinh te nghi son mou between thanh hoa and seongnam on tourism and the nghi son economic zone demo 05 2026 ttqt thanh pho seongnam seongnam city',
 now(), 'demo-data', now(), 'demo-data')
on conflict (id) do nothing;

insert into agreement_partner (agreement_id, partner_id, position) values
('da000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', 0),
('da000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000002', 0),
('da000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000006', 0),
('da000000-0000-4000-8000-000000000004', 'd0000000-0000-4000-8000-000000000007', 0),
('da000000-0000-4000-8000-000000000005', 'd0000000-0000-4000-8000-000000000003', 0)
on conflict do nothing;

insert into agreement_field (agreement_id, field_code) values
('da000000-0000-4000-8000-000000000001', 'EDUCATION'), ('da000000-0000-4000-8000-000000000001', 'HEALTH'),
('da000000-0000-4000-8000-000000000001', 'CULTURE'), ('da000000-0000-4000-8000-000000000001', 'TOURISM'),
('da000000-0000-4000-8000-000000000001', 'ECONOMY'), ('da000000-0000-4000-8000-000000000001', 'TRADE'),
('da000000-0000-4000-8000-000000000001', 'INDUSTRY'), ('da000000-0000-4000-8000-000000000001', 'CONSTRUCTION'),
('da000000-0000-4000-8000-000000000001', 'AGRICULTURE'),
('da000000-0000-4000-8000-000000000002', 'EDUCATION'), ('da000000-0000-4000-8000-000000000002', 'AGRICULTURE'),
('da000000-0000-4000-8000-000000000002', 'BORDER_MANAGEMENT'),
('da000000-0000-4000-8000-000000000003', 'TRADE'), ('da000000-0000-4000-8000-000000000003', 'TOURISM'),
('da000000-0000-4000-8000-000000000003', 'BORDER_MANAGEMENT'),
('da000000-0000-4000-8000-000000000004', 'EDUCATION'), ('da000000-0000-4000-8000-000000000004', 'CULTURE'),
('da000000-0000-4000-8000-000000000005', 'TOURISM'), ('da000000-0000-4000-8000-000000000005', 'INDUSTRY')
on conflict do nothing;

insert into consultation (id, agreement_id, body_name, requested_on, due_on) values
('dc000000-0000-4000-8000-000000000001', 'da000000-0000-4000-8000-000000000005', 'Bộ Ngoại giao', '2026-11-16', '2026-11-25')
on conflict do nothing;

insert into agreement_deadline (id, agreement_id, province_code, kind, due_on, visible_from, completed_on, completion_reference,
                                completion_note, completed_by, created_at) values
('dd000000-0000-4000-8000-000000000001', 'da000000-0000-4000-8000-000000000001', '34', 'REPORT_TO_PM_AND_MOFA', '2020-07-30', '2020-07-15',
 '2020-07-25', 'DEMO-CV 01/UBND-NV', 'Đã báo cáo Thủ tướng, gửi bản sao Bộ Ngoại giao (demo).', 'demo-data', now()),
('dd000000-0000-4000-8000-000000000002', 'da000000-0000-4000-8000-000000000002', '38', 'EXPIRY', '2026-12-31', '2026-10-02',
 null, null, null, null, now()),
('dd000000-0000-4000-8000-000000000003', 'da000000-0000-4000-8000-000000000005', '38', 'CONSULTATION_REPLY', '2026-11-25', '2026-11-16',
 null, null, null, null, now())
on conflict do nothing;

insert into agreement_transition (id, agreement_id, action, from_status, to_status, actor, acted_at, comment, effective_on) values
('de000000-0000-4000-8000-000000000001', 'da000000-0000-4000-8000-000000000001', 'RECORD_ENTRY_INTO_FORCE', 'SIGNED', 'IN_FORCE', 'demo-data', now(), 'Dữ liệu minh họa (demo).', '2020-07-15'),
('de000000-0000-4000-8000-000000000002', 'da000000-0000-4000-8000-000000000002', 'RECORD_ENTRY_INTO_FORCE', 'SIGNED', 'IN_FORCE', 'demo-data', now(), 'Dữ liệu minh họa (demo).', '2022-01-10'),
('de000000-0000-4000-8000-000000000003', 'da000000-0000-4000-8000-000000000003', 'RECORD_ENTRY_INTO_FORCE', 'SIGNED', 'IN_FORCE', 'demo-data', now(), 'Dữ liệu minh họa (demo).', '2019-06-01'),
('de000000-0000-4000-8000-000000000004', 'da000000-0000-4000-8000-000000000004', 'RECORD_ENTRY_INTO_FORCE', 'SIGNED', 'IN_FORCE', 'demo-data', now(), 'Dữ liệu minh họa (demo).', '2018-04-02'),
('de000000-0000-4000-8000-000000000005', 'da000000-0000-4000-8000-000000000005', 'START_CONSULTATION', 'DRAFT', 'CONSULTING', 'demo-data', now(), 'Dữ liệu minh họa (demo).', '2026-11-16')
on conflict do nothing;

-- The demo delegations (delegation-service's demo data) name four of these partners: registered as
-- uses, as delegation-service does for every delegation it stores, so these partners are never deleted.
insert into partner_use (partner_id, service, record_id, label, registered_at, registered_by) values
('d0000000-0000-4000-8000-000000000002', 'delegation-service', 'e2000000-0000-4000-8000-000000000001',
 'Đoàn công tác tỉnh Thanh Hóa thăm và làm việc tại tỉnh Hủa Phăn', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000001', 'delegation-service', 'e2000000-0000-4000-8000-000000000002',
 'Đoàn tỉnh Xay Nhạ Bu Ly thăm tỉnh Thái Bình', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000006', 'delegation-service', 'e2000000-0000-4000-8000-000000000003',
 'Đoàn tỉnh Quảng Ninh thăm Khu tự trị dân tộc Choang Quảng Tây', now(), 'demo-data'),
('d0000000-0000-4000-8000-000000000003', 'delegation-service', 'e2000000-0000-4000-8000-000000000004',
 'Đoàn tỉnh Thanh Hóa thăm thành phố Seongnam', now(), 'demo-data')
on conflict do nothing;

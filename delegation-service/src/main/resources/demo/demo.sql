-- Demo data (dữ liệu minh họa) for the run command: plausible delegations between the seed
-- articles' provinces and partners (domain.md §5). Every date, name, cost and reference number is
-- invented and marked DEMO. Partner ids are those of agreement-service's demo data.
-- Idempotent: fixed ids, and nothing is inserted twice.

insert into person (id, province_code, full_name, search_text, nationality, passport_type, passport_number, created_at) values
('e1000000-0000-4000-8000-000000000001', '38', 'Lê Minh Quang', 'le minh quang', 'VN', 'OFFICIAL', 'DEMO3800001', now()),
('e1000000-0000-4000-8000-000000000002', '38', 'Phạm Thị Hoa', 'pham thi hoa', 'VN', 'OFFICIAL', 'DEMO3800002', now()),
('e1000000-0000-4000-8000-000000000003', '34', 'Bounthavy Keomany', 'bounthavy keomany', 'LA', 'DIPLOMATIC', null, now()),
('e1000000-0000-4000-8000-000000000004', '22', 'Trần Đức Thắng', 'tran duc thang', 'VN', 'OFFICIAL', 'DEMO2200001', now()),
('e1000000-0000-4000-8000-000000000005', '38', 'Vũ Hải Yến', 'vu hai yen', 'VN', 'OFFICIAL', 'DEMO3800003', now())
on conflict (id) do nothing;

insert into delegation (id, province_code, direction, status, reference_number, title, purpose, purpose_detail, programme,
                        itinerary, start_on, end_on, partner_id, partner_name, invitation_reference, funding_source,
                        cost_estimate_vnd, in_annual_plan, head_level, receiving_leader, host_unit, returned_on,
                        report_due_on, report, report_submitted_on, search_text, created_at, created_by, updated_at, updated_by) values
('e2000000-0000-4000-8000-000000000001', '38', 'OUTBOUND', 'CLOSED', 'DEMO-ĐR-01/2025',
 'Đoàn công tác tỉnh Thanh Hóa thăm và làm việc tại tỉnh Hủa Phăn', 'WORKING_VISIT',
 'Trao đổi kết quả hợp tác giai đoạn 2022–2026 (dữ liệu minh họa).', 'Hội đàm, thăm dự án hỗ trợ giáo dục.',
 '[{"day":"2025-04-15","place":"Sầm Nưa, tỉnh Hủa Phăn","activity":"Hội đàm với lãnh đạo tỉnh Hủa Phăn","partnerId":"d0000000-0000-4000-8000-000000000002","partnerName":"Tỉnh Hủa Phăn"}]',
 '2025-04-14', '2025-04-17', 'd0000000-0000-4000-8000-000000000002', 'Tỉnh Hủa Phăn', 'DEMO-TM 12/HP', 'Ngân sách tỉnh', 320000000,
 true, 'PROVINCIAL_LEADER', null, null, '2025-04-17', '2025-05-02',
 '{"summary":"Hai bên thống nhất tiếp tục hợp tác giáo dục và nông nghiệp (dữ liệu minh họa).","results":null,"followUps":"Đề xuất đón đoàn Hủa Phăn năm 2026.","agreementIds":["da000000-0000-4000-8000-000000000002"],"attachments":[]}',
 '2025-04-28',
 'doan cong tac tinh thanh hoa tham va lam viec tai tinh hua phan trao doi ket qua hop tac giai doan 2022 2026 du lieu minh hoa tinh hua phan demo dr 01 2025 le minh quang pham thi hoa',
 now(), 'demo-data', now(), 'demo-data'),
('e2000000-0000-4000-8000-000000000002', '34', 'INBOUND', 'CLOSED', 'DEMO-ĐV-07/2020',
 'Đoàn đại biểu tỉnh Xay Nhạ Bu Ly thăm tỉnh Thái Bình', 'OFFICIAL_VISIT',
 'Trao đổi về thỏa thuận hợp tác hữu nghị (dữ liệu minh họa).', 'Hội đàm, thăm khu công nghiệp và cơ sở giáo dục.',
 '[]', '2020-11-23', '2020-11-25', 'd0000000-0000-4000-8000-000000000001', 'Tỉnh Xay Nhạ Bu Ly', null, 'Ngân sách tỉnh', 150000000,
 true, 'PROVINCIAL_LEADER', 'Chủ tịch UBND tỉnh Thái Bình', 'Sở Ngoại vụ tỉnh Thái Bình', '2020-11-25', '2020-12-10',
 '{"summary":"Đón đoàn chu đáo; hai bên thống nhất nội dung thỏa thuận (dữ liệu minh họa).","results":null,"followUps":null,"agreementIds":[],"attachments":[]}',
 '2020-12-03',
 'doan dai bieu tinh xay nha bu ly tham tinh thai binh trao doi ve thoa thuan hop tac huu nghi du lieu minh hoa tinh xay nha bu ly demo dv 07 2020 bounthavy keomany',
 now(), 'demo-data', now(), 'demo-data'),
('e2000000-0000-4000-8000-000000000003', '22', 'OUTBOUND', 'APPROVED', 'DEMO-ĐR-15/2026',
 'Đoàn công tác tỉnh Quảng Ninh làm việc với Khu tự trị dân tộc Choang Quảng Tây', 'BORDER_AFFAIRS',
 'Hội đàm về hợp tác cửa khẩu và du lịch (dữ liệu minh họa).', null,
 '[]', '2026-12-08', '2026-12-11', 'd0000000-0000-4000-8000-000000000006', 'Khu tự trị dân tộc Choang Quảng Tây', 'DEMO-TM 88/GX',
 'Ngân sách tỉnh', 280000000, true, 'DEPARTMENT', null, null, null, null, null, null,
 'doan cong tac tinh quang ninh lam viec voi khu tu tri dan toc choang quang tay hoi dam ve hop tac cua khau va du lich du lieu minh hoa khu tu tri dan toc choang quang tay demo dr 15 2026 tran duc thang',
 now(), 'demo-data', now(), 'demo-data'),
('e2000000-0000-4000-8000-000000000004', '38', 'OUTBOUND', 'RETURNED', 'DEMO-ĐR-22/2026',
 'Đoàn tỉnh Thanh Hóa xúc tiến du lịch tại thành phố Seongnam', 'TRADE_INVESTMENT',
 'Xúc tiến du lịch và đầu tư vào Khu kinh tế Nghi Sơn (dữ liệu minh họa).', null,
 '[]', '2026-10-20', '2026-10-23', 'd0000000-0000-4000-8000-000000000003', 'Thành phố Seongnam', 'DEMO-TM 31/SN',
 'Ngân sách tỉnh', 450000000, true, 'DEPARTMENT', null, null, '2026-10-23', '2026-11-07', null, null,
 'doan tinh thanh hoa xuc tien du lich tai thanh pho seongnam xuc tien du lich va dau tu vao khu kinh te nghi son du lieu minh hoa thanh pho seongnam demo dr 22 2026 vu hai yen',
 now(), 'demo-data', now(), 'demo-data')
on conflict (id) do nothing;

insert into delegation_country (delegation_id, country_code, position) values
('e2000000-0000-4000-8000-000000000001', 'LA', 0),
('e2000000-0000-4000-8000-000000000002', 'LA', 0),
('e2000000-0000-4000-8000-000000000003', 'CN', 0),
('e2000000-0000-4000-8000-000000000004', 'KR', 0)
on conflict do nothing;

insert into delegation_member (id, delegation_id, person_id, position, unit, rank, head, party_managed, created_at) values
('e3000000-0000-4000-8000-000000000001', 'e2000000-0000-4000-8000-000000000001', 'e1000000-0000-4000-8000-000000000001',
 'Phó Chủ tịch UBND tỉnh', 'Ủy ban nhân dân tỉnh Thanh Hóa', 'Lãnh đạo tỉnh', true, true, now()),
('e3000000-0000-4000-8000-000000000002', 'e2000000-0000-4000-8000-000000000001', 'e1000000-0000-4000-8000-000000000002',
 'Giám đốc Sở Ngoại vụ', 'Sở Ngoại vụ tỉnh Thanh Hóa', 'Lãnh đạo sở', false, false, now()),
('e3000000-0000-4000-8000-000000000003', 'e2000000-0000-4000-8000-000000000002', 'e1000000-0000-4000-8000-000000000003',
 'Phó Tỉnh trưởng tỉnh Xay Nhạ Bu Ly', 'Chính quyền tỉnh Xay Nhạ Bu Ly', null, true, false, now()),
('e3000000-0000-4000-8000-000000000004', 'e2000000-0000-4000-8000-000000000003', 'e1000000-0000-4000-8000-000000000004',
 'Phó Chủ tịch UBND tỉnh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'Lãnh đạo tỉnh', true, true, now()),
('e3000000-0000-4000-8000-000000000005', 'e2000000-0000-4000-8000-000000000004', 'e1000000-0000-4000-8000-000000000005',
 'Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa', 'Lãnh đạo sở', true, false, now())
on conflict do nothing;

insert into delegation_transition (id, delegation_id, action, from_status, to_status, actor, acted_at, comment, effective_on) values
('e4000000-0000-4000-8000-000000000001', 'e2000000-0000-4000-8000-000000000001', 'CLOSE', 'REPORT_SUBMITTED', 'CLOSED', 'demo-data', now(), 'Dữ liệu minh họa (demo).', '2025-04-30'),
('e4000000-0000-4000-8000-000000000002', 'e2000000-0000-4000-8000-000000000002', 'CLOSE', 'REPORTED', 'CLOSED', 'demo-data', now(), 'Dữ liệu minh họa (demo).', '2020-12-05'),
('e4000000-0000-4000-8000-000000000003', 'e2000000-0000-4000-8000-000000000003', 'APPROVE', 'PARTY_OPINION', 'APPROVED', 'demo-data', now(), 'Dữ liệu minh họa (demo).', '2026-11-16'),
('e4000000-0000-4000-8000-000000000004', 'e2000000-0000-4000-8000-000000000004', 'RECORD_RETURN', 'TRAVELLING', 'RETURNED', 'demo-data', now(), 'Dữ liệu minh họa (demo).', '2026-10-23')
on conflict do nothing;

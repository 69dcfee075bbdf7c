-- Demo data (not real assignments): units of the seed provinces, enough to show province scoping
-- and the lead unit for external information in Điện Biên's plan 139/KH-UBND (seed 002).
-- Repeatable: re-applied when this file changes; existing rows are kept.
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

-- Cooperation fields (lĩnh vực hợp tác) of international agreements. Reference data: the codes are
-- part of the API contract; the labels are for people and may be edited by an administrator.
create table cooperation_field (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null,
    active      boolean      not null default true
);

-- The fields named in the Thái Bình–Xay Nhạ Bu Ly draft (seed 000) and those that recur in the
-- other seeds (information and communication, border management, Party building).
insert into cooperation_field (code, name_vi, name_en, sort_order) values
    ('EDUCATION',                 'Giáo dục',                      'Education',                   10),
    ('HEALTH',                    'Y tế',                          'Health',                      20),
    ('CULTURE',                   'Văn hóa',                       'Culture',                     30),
    ('TOURISM',                   'Du lịch',                       'Tourism',                     40),
    ('ECONOMY',                   'Kinh tế',                       'Economy',                     50),
    ('TRADE',                     'Thương mại',                    'Trade',                       60),
    ('INDUSTRY',                  'Công nghiệp',                   'Industry',                    70),
    ('CONSTRUCTION',              'Xây dựng',                      'Construction',                80),
    ('AGRICULTURE',               'Nông nghiệp',                   'Agriculture',                 90),
    ('PARTY_BUILDING',            'Xây dựng Đảng',                 'Party building',             100),
    ('INFORMATION_COMMUNICATION', 'Thông tin và truyền thông',     'Information and communication', 110),
    ('BORDER_MANAGEMENT',         'Quản lý biên giới',             'Border management',          120),
    ('SCIENCE_TECHNOLOGY',        'Khoa học và công nghệ',         'Science and technology',     130),
    ('LABOUR',                    'Lao động',                      'Labour',                     140),
    ('OTHER',                     'Lĩnh vực khác',                 'Other fields',               990);

-- Purposes of outbound and inbound delegations (mục đích chuyến đi). Reference data: codes are part
-- of the API contract and group the statistics; labels may be edited by an administrator.
create table delegation_purpose (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null,
    active      boolean      not null default true
);

insert into delegation_purpose (code, name_vi, name_en, sort_order) values
    ('OFFICIAL_VISIT',       'Thăm chính thức',                        'Official visit',                       10),
    ('WORKING_VISIT',        'Thăm và làm việc',                       'Working visit',                        20),
    ('AGREEMENT_SIGNING',    'Ký kết thỏa thuận quốc tế',              'Signing an international agreement',   30),
    ('CONFERENCE',           'Dự hội nghị, hội thảo quốc tế',          'International conference or seminar',  40),
    ('TRADE_INVESTMENT',     'Xúc tiến thương mại, đầu tư, du lịch',   'Trade, investment and tourism promotion', 50),
    ('STUDY_TOUR',           'Khảo sát, học tập kinh nghiệm',          'Study tour',                           60),
    ('TRAINING',             'Đào tạo, bồi dưỡng',                     'Training',                             70),
    ('CULTURAL_EXCHANGE',    'Giao lưu văn hóa, thể thao',             'Cultural and sports exchange',         80),
    ('BORDER_AFFAIRS',       'Hội đàm, hợp tác quản lý biên giới',     'Border cooperation talks',             90),
    ('PRESS',                'Hoạt động báo chí',                      'Press and media work',                100),
    ('OTHER',                'Mục đích khác',                          'Other purpose',                       990);

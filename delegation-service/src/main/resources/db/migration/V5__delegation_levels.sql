-- Levels of a delegation's head (cấp trưởng đoàn), outbound and inbound alike: a coded reference
-- list with labels, so that statistics by level group codes and never free text. Administrators
-- keep the labels and may add levels.
create table delegation_level (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null,
    active      boolean      not null default true
);

insert into delegation_level (code, name_vi, name_en, sort_order) values
    ('PARTY_STATE_LEADER', 'Lãnh đạo Đảng, Nhà nước',                  'Party or State leader',                 10),
    ('MINISTERIAL',        'Lãnh đạo bộ, ngành trung ương',            'Ministerial leader',                    20),
    ('PROVINCIAL_LEADER',  'Lãnh đạo tỉnh, thành phố',                 'Provincial leader',                     30),
    ('DEPARTMENT',         'Lãnh đạo sở, ban, ngành',                  'Head of a department or agency',        40),
    ('COMMUNE_LEADER',     'Lãnh đạo cấp xã',                          'Commune leader',                        50),
    ('OFFICIAL',           'Cán bộ, công chức, viên chức',             'Official',                              60),
    ('BUSINESS',           'Doanh nghiệp, hiệp hội',                   'Business or association',               70),
    ('OTHER',              'Cấp khác',                                 'Other level',                          990);

alter table delegation add column head_level varchar(40) references delegation_level (code);
update delegation set head_level = case when visiting_level in (select code from delegation_level) then visiting_level
                                        else 'OTHER' end
 where visiting_level is not null and visiting_level <> '';
alter table delegation drop column visiting_level;

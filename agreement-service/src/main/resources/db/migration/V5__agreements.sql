-- International agreements (thỏa thuận quốc tế, Law 70/2020/QH14) of a province, their partners,
-- fields, relations, consultations, transition history and legal deadlines.

create table agreement_kind (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null
);
insert into agreement_kind (code, name_vi, name_en, sort_order) values
    ('FRIENDSHIP_COOPERATION', 'Thỏa thuận hợp tác hữu nghị', 'Friendship and cooperation agreement', 10),
    ('MEMORANDUM_OF_UNDERSTANDING', 'Biên bản ghi nhớ', 'Memorandum of understanding', 20),
    ('TWINNING', 'Thỏa thuận kết nghĩa', 'Twinning agreement', 30),
    ('COOPERATION_PROGRAMME', 'Chương trình, kế hoạch hợp tác', 'Cooperation programme or plan', 40),
    ('OTHER', 'Thỏa thuận khác', 'Other agreement', 990);

create table signing_level (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null
);
insert into signing_level (code, name_vi, name_en, sort_order) values
    ('PEOPLES_COMMITTEE', 'Ủy ban nhân dân cấp tỉnh', 'Provincial People''s Committee', 10),
    ('PEOPLES_COUNCIL', 'Hội đồng nhân dân cấp tỉnh', 'Provincial People''s Council', 20),
    ('DEPARTMENT', 'Cơ quan chuyên môn thuộc UBND tỉnh', 'Provincial department', 30);

create table agreement (
    id                       uuid          primary key,
    province_code            varchar(2)    not null check (province_code ~ '^[0-9]{2}$'),
    version                  bigint        not null default 0,
    status                   varchar(20)   not null,
    reference_number         varchar(100),
    title_vi                 varchar(500)  not null,
    title_foreign            varchar(500),
    kind                     varchar(40)   not null references agreement_kind (code),
    signing_level            varchar(40)   not null references signing_level (code),
    signatory_unit_as_signed varchar(300),
    responsible_unit         varchar(300),
    signatory_name           varchar(200),
    signatory_title          varchar(200),
    signatory_authorisation  varchar(200),
    proposed_on              date,
    decided_on               date,
    signed_on                date,
    in_force_on              date,
    expires_on               date,
    renewal_terms            varchar(2000),
    languages                jsonb         not null default '[]',
    obligations              jsonb         not null default '[]',
    documents                jsonb         not null default '[]',
    shortened_procedure      boolean       not null default false,
    shortened_reason         varchar(1000),
    name_only_amendment      boolean       not null default false,
    parent_id                uuid          references agreement (id),
    parent_relation          varchar(20)   check (parent_relation in ('AMENDS', 'EXTENDS', 'REPLACES')),
    search_text              text          not null,
    created_at               timestamptz   not null,
    created_by               varchar(200)  not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(200)  not null,
    constraint agreement_parent_relation check ((parent_id is null) = (parent_relation is null)),
    constraint agreement_dates check (expires_on is null or in_force_on is null or in_force_on <= expires_on),
    constraint agreement_shortened_reason check (not shortened_procedure or shortened_reason is not null)
);
create index agreement_province_status_idx on agreement (province_code, status);
create index agreement_province_kind_idx on agreement (province_code, kind);
create index agreement_province_level_idx on agreement (province_code, signing_level);
create index agreement_province_signed_idx on agreement (province_code, signed_on);
create index agreement_province_in_force_idx on agreement (province_code, in_force_on);
create index agreement_province_expires_idx on agreement (province_code, expires_on);
create index agreement_province_updated_idx on agreement (province_code, updated_at, id);
create index agreement_province_title_idx on agreement (province_code, title_vi, id);
create index agreement_parent_idx on agreement (parent_id);
create index agreement_search_trgm_idx on agreement using gin (search_text gin_trgm_ops);

create table agreement_partner (
    agreement_id  uuid     not null references agreement (id) on delete cascade,
    partner_id    uuid     not null references partner (id),
    position      integer  not null,
    primary key (agreement_id, partner_id)
);
create index agreement_partner_partner_idx on agreement_partner (partner_id);

create table agreement_field (
    agreement_id  uuid         not null references agreement (id) on delete cascade,
    field_code    varchar(40)  not null references cooperation_field (code),
    primary key (agreement_id, field_code)
);
create index agreement_field_field_idx on agreement_field (field_code);

create table agreement_transition (
    id               uuid          primary key,
    agreement_id     uuid          not null references agreement (id) on delete cascade,
    action           varchar(40)   not null,
    from_status      varchar(20)   not null,
    to_status        varchar(20)   not null,
    actor            varchar(200)  not null,
    acted_at         timestamptz   not null,
    comment          varchar(2000),
    effective_on     date,
    decision_number  varchar(100),
    decision_date    date,
    decision_issuer  varchar(300),
    decision_title   varchar(500)
);
create index agreement_transition_agreement_idx on agreement_transition (agreement_id, acted_at);

create table consultation (
    id             uuid          primary key,
    agreement_id   uuid          not null references agreement (id) on delete cascade,
    body_name      varchar(300)  not null,
    requested_on   date          not null,
    due_on         date          not null,
    reply          varchar(20)   check (reply in ('AGREE', 'OBJECT', 'NO_ANSWER')),
    replied_on     date,
    note           varchar(2000)
);
create index consultation_agreement_idx on consultation (agreement_id);

create table agreement_deadline (
    id              uuid          primary key,
    agreement_id    uuid          not null references agreement (id) on delete cascade,
    province_code   varchar(2)    not null,
    kind            varchar(40)   not null,
    due_on          date          not null,
    visible_from    date          not null,
    completed_on    date,
    completion_reference varchar(200),
    completion_note varchar(2000),
    completed_by    varchar(200),
    created_at      timestamptz   not null
);
create index agreement_deadline_open_idx on agreement_deadline (province_code, due_on) where completed_on is null;
create index agreement_deadline_agreement_idx on agreement_deadline (agreement_id);

-- Public holidays (ngày nghỉ lễ, tết) for working-day deadlines. Fixed-date holidays are seeded for
-- 2025–2027; Tết and the Hùng Kings' day move with the lunar calendar and each year's official
-- schedule, so an administrator adds them through the API as the Government announces them
-- (2025 and 2026 are seeded from the announced schedules).
create table holiday (
    day      date          primary key,
    name_vi  varchar(200)  not null,
    name_en  varchar(200)  not null
);
insert into holiday (day, name_vi, name_en) values
    ('2025-01-01', 'Tết Dương lịch', 'New Year''s Day'),
    ('2025-01-27', 'Tết Nguyên đán', 'Lunar New Year'),
    ('2025-01-28', 'Tết Nguyên đán', 'Lunar New Year'),
    ('2025-01-29', 'Tết Nguyên đán', 'Lunar New Year'),
    ('2025-01-30', 'Tết Nguyên đán', 'Lunar New Year'),
    ('2025-01-31', 'Tết Nguyên đán', 'Lunar New Year'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương', 'Hung Kings'' Commemoration Day'),
    ('2025-04-30', 'Ngày Chiến thắng', 'Reunification Day'),
    ('2025-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
    ('2025-09-01', 'Quốc khánh', 'National Day'),
    ('2025-09-02', 'Quốc khánh', 'National Day'),
    ('2026-01-01', 'Tết Dương lịch', 'New Year''s Day'),
    ('2026-02-16', 'Tết Nguyên đán', 'Lunar New Year'),
    ('2026-02-17', 'Tết Nguyên đán', 'Lunar New Year'),
    ('2026-02-18', 'Tết Nguyên đán', 'Lunar New Year'),
    ('2026-02-19', 'Tết Nguyên đán', 'Lunar New Year'),
    ('2026-02-20', 'Tết Nguyên đán', 'Lunar New Year'),
    ('2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)', 'Hung Kings'' Commemoration Day (in lieu)'),
    ('2026-04-30', 'Ngày Chiến thắng', 'Reunification Day'),
    ('2026-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
    ('2026-09-01', 'Quốc khánh', 'National Day'),
    ('2026-09-02', 'Quốc khánh', 'National Day'),
    ('2027-01-01', 'Tết Dương lịch', 'New Year''s Day'),
    ('2027-04-30', 'Ngày Chiến thắng', 'Reunification Day'),
    ('2027-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
    ('2027-09-02', 'Quốc khánh', 'National Day');

-- Per-province settings; a province without a row uses the defaults.
create table province_setting (
    province_code        varchar(2)  primary key check (province_code ~ '^[0-9]{2}$'),
    expiry_warning_days  integer     not null default 90 check (expiry_warning_days between 1 and 730)
);

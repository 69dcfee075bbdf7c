-- Kinds of foreign partner and of relationship with the province: codes are the API enums,
-- labels are for people.
create table partner_kind (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null
);
insert into partner_kind (code, name_vi, name_en, sort_order) values
    ('PROVINCE_STATE',             'Tỉnh, bang, vùng',                 'Province, state or region',    10),
    ('CITY',                       'Thành phố, địa phương cấp dưới',   'City or lower-level locality',  20),
    ('NATIONAL_AGENCY',            'Cơ quan cấp quốc gia',             'National agency',              30),
    ('INTERNATIONAL_ORGANISATION', 'Tổ chức quốc tế',                  'International organisation',   40),
    ('NGO',                        'Tổ chức phi chính phủ nước ngoài', 'Foreign NGO',                  50),
    ('BUSINESS',                   'Doanh nghiệp nước ngoài',          'Foreign business',             60),
    ('OTHER',                      'Khác',                             'Other',                       990);

create table relationship_kind (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null
);
insert into relationship_kind (code, name_vi, name_en, sort_order) values
    ('TWINNED',     'Kết nghĩa',           'Twinned',               10),
    ('TRADITIONAL', 'Đối tác truyền thống', 'Traditional partner',   20),
    ('NEW',         'Đối tác mới',          'New partner',           30),
    ('OTHER',       'Quan hệ khác',         'Other relationship',   990);

-- A foreign partner of one province. Never hard-deleted once an agreement refers to it.
create table partner (
    id                  uuid         primary key,
    province_code       varchar(2)   not null check (province_code ~ '^[0-9]{2}$'),
    version             bigint       not null default 0,
    name_vi             varchar(300) not null,
    name_en             varchar(300),
    name_native         varchar(300),
    kind                varchar(40)  not null references partner_kind (code),
    country_code        varchar(2)   not null references country (code),
    parent_id           uuid         references partner (id),
    relationship        varchar(40)  references relationship_kind (code),
    relationship_since  date,
    contacts            jsonb        not null default '[]',
    notes               varchar(4000),
    active              boolean      not null default true,
    search_text         text         not null,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    constraint partner_not_own_parent check (parent_id is null or parent_id <> id)
);

-- One index per filter, each led by the province every query is scoped to; the trigram index
-- serves accent-free `q` on the folded names (folding is done by the service, see VietnameseText).
create extension if not exists pg_trgm;
create index partner_province_name_idx on partner (province_code, name_vi, id);
create index partner_province_country_idx on partner (province_code, country_code);
create index partner_province_kind_idx on partner (province_code, kind);
create index partner_province_relationship_idx on partner (province_code, relationship);
create index partner_parent_idx on partner (parent_id);
create index partner_search_trgm_idx on partner using gin (search_text gin_trgm_ops);

-- Idempotency-Key claims (commons/persistence Idempotency): one row per caller and key.
create table idempotency_record (
    caller         varchar(200) not null,
    idem_key       varchar(200) not null,
    request_hash   char(64)     not null,
    status         integer,
    response_body  text,
    location       varchar(2000),
    etag           varchar(100),
    created_at     timestamptz  not null,
    primary key (caller, idem_key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);

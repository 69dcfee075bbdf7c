-- Outbound (đoàn ra) and inbound (đoàn vào) delegations of a province, the people on them, their
-- history, and the rules each province sets.

-- A person the province sends or receives, recognised across delegations (overlap and trip rules).
create table person (
    id               uuid          primary key,
    province_code    varchar(2)    not null check (province_code ~ '^[0-9]{2}$'),
    full_name        varchar(200)  not null,
    search_text      text          not null,
    date_of_birth    date,
    nationality      varchar(2)    check (nationality ~ '^[A-Z]{2}$'),
    passport_type    varchar(20)   check (passport_type in ('DIPLOMATIC', 'OFFICIAL', 'ORDINARY')),
    passport_number  varchar(30),
    created_at       timestamptz   not null
);
create unique index person_passport_idx on person (province_code, passport_number) where passport_number is not null;
create index person_province_name_idx on person (province_code, search_text);

create table delegation (
    id                      uuid          primary key,
    province_code           varchar(2)    not null check (province_code ~ '^[0-9]{2}$'),
    version                 bigint        not null default 0,
    direction               varchar(10)   not null check (direction in ('OUTBOUND', 'INBOUND')),
    status                  varchar(20)   not null,
    reference_number        varchar(100),
    title                   varchar(500)  not null,
    purpose                 varchar(40)   not null references delegation_purpose (code),
    purpose_detail          varchar(2000),
    programme               varchar(8000),
    itinerary               jsonb         not null default '[]',
    start_on                date          not null,
    end_on                  date          not null,
    destination_cities      jsonb         not null default '[]',
    partner_id              uuid,
    partner_name            varchar(300),
    invitation_reference    varchar(200),
    funding_source          varchar(300),
    cost_estimate_vnd       bigint        check (cost_estimate_vnd >= 0),
    in_annual_plan          boolean       not null default true,
    outside_plan_reason     varchar(1000),
    outside_plan_approved   boolean       not null default false,
    visiting_level          varchar(40),
    receiving_leader        varchar(200),
    host_unit               varchar(300),
    foreign_press           boolean       not null default false,
    related_agreement_ids   jsonb         not null default '[]',
    decisions               jsonb         not null default '[]',
    overrides               jsonb         not null default '[]',
    returned_on             date,
    report                  jsonb,
    report_submitted_on     date,
    search_text             text          not null,
    created_at              timestamptz   not null,
    created_by              varchar(200)  not null,
    updated_at              timestamptz   not null,
    updated_by              varchar(200)  not null,
    constraint delegation_dates check (start_on <= end_on)
);
create extension if not exists pg_trgm;
create index delegation_province_start_idx on delegation (province_code, start_on, id);
create index delegation_province_status_idx on delegation (province_code, status);
create index delegation_province_direction_idx on delegation (province_code, direction, start_on);
create index delegation_province_updated_idx on delegation (province_code, updated_at, id);
create index delegation_partner_idx on delegation (partner_id);
create index delegation_search_trgm_idx on delegation using gin (search_text gin_trgm_ops);

-- Outbound destinations, one row per country, so "delegations to Laos" is an indexed lookup.
create table delegation_country (
    delegation_id  uuid        not null references delegation (id) on delete cascade,
    country_code   varchar(2)  not null check (country_code ~ '^[A-Z]{2}$'),
    position       integer     not null,
    primary key (delegation_id, country_code)
);
create index delegation_country_code_idx on delegation_country (country_code, delegation_id);

create table delegation_member (
    id               uuid          primary key,
    delegation_id    uuid          not null references delegation (id) on delete cascade,
    person_id        uuid          not null references person (id),
    position         varchar(200),
    unit             varchar(300),
    rank             varchar(100),
    head             boolean       not null default false,
    party_managed    boolean       not null default false,
    created_at       timestamptz   not null
);
create unique index delegation_member_person_idx on delegation_member (delegation_id, person_id);
create index delegation_member_by_person_idx on delegation_member (person_id);

create table delegation_transition (
    id               uuid          primary key,
    delegation_id    uuid          not null references delegation (id) on delete cascade,
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
    overrides        jsonb         not null default '[]'
);
create index delegation_transition_delegation_idx on delegation_transition (delegation_id, acted_at);

-- The rules a province sets for its delegations; a province without a row uses the defaults.
create table delegation_rule_setting (
    province_code                  varchar(2)  primary key check (province_code ~ '^[0-9]{2}$'),
    report_due_days                integer     not null default 15 check (report_due_days between 1 and 365),
    inbound_notice_working_days    integer     not null default 5 check (inbound_notice_working_days between 0 and 60),
    max_members                    integer     not null default 10 check (max_members between 1 and 500),
    max_days                       integer     not null default 10 check (max_days between 1 and 365),
    max_countries                  integer     not null default 3 check (max_countries between 1 and 50),
    max_trips_per_leader_per_year  integer     not null default 2 check (max_trips_per_leader_per_year between 1 and 100),
    key_leader_positions           jsonb       not null default '["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh"]'
);

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

-- Foreign-affairs programmes and plans of a province (chương trình, kế hoạch), their content areas
-- and tasks with lead and coordinating units and indicators, and the periodic reports units submit.

create table programme (
    id             uuid          primary key,
    province_code  varchar(2)    not null check (province_code ~ '^[0-9]{2}$'),
    version        bigint        not null default 0,
    number         varchar(100)  not null,
    title          varchar(500)  not null,
    kind           varchar(20)   not null check (kind in ('PROGRAMME', 'PLAN')),
    issuing_body   varchar(300),
    issued_on      date,
    from_year      integer       not null check (from_year between 1945 and 2200),
    to_year        integer       not null,
    legal_basis    varchar(4000),
    status         varchar(20)   not null check (status in ('DRAFT', 'ISSUED', 'CLOSED')),
    cadence        varchar(20)   not null check (cadence in ('QUARTER', 'HALF_YEAR', 'YEAR')),
    on_time_days   integer       not null default 15 check (on_time_days between 0 and 365),
    search_text    text          not null,
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null,
    constraint programme_years check (from_year <= to_year)
);
create unique index programme_number_idx on programme (province_code, number);
create index programme_province_status_idx on programme (province_code, status, from_year);

create table content_area (
    id            uuid          primary key,
    programme_id  uuid          not null references programme (id) on delete cascade,
    position      integer       not null,
    title         varchar(500)  not null,
    pillar        varchar(40)   not null check (pillar in ('PARTY_EXTERNAL_RELATIONS', 'STATE_DIPLOMACY', 'PEOPLE_TO_PEOPLE_DIPLOMACY')),
    constraint content_area_position_unique unique (programme_id, position)
);

create table task (
    id               uuid          primary key,
    programme_id     uuid          not null references programme (id) on delete cascade,
    content_area_id  uuid          not null references content_area (id),
    title            varchar(500)  not null,
    description      varchar(4000),
    lead_unit_id     uuid          not null references reporting_unit (id),
    recurrence       varchar(20)   not null check (recurrence in ('ONE_OFF', 'QUARTERLY', 'YEARLY')),
    deadline         date,
    expected_output  varchar(2000),
    closed           boolean       not null default false,
    indicators       jsonb         not null default '[]',
    created_at       timestamptz   not null
);
create index task_programme_idx on task (programme_id, content_area_id);
create index task_lead_idx on task (lead_unit_id);

create table task_coordinator (
    task_id  uuid  not null references task (id) on delete cascade,
    unit_id  uuid  not null references reporting_unit (id),
    primary key (task_id, unit_id)
);
create index task_coordinator_unit_idx on task_coordinator (unit_id);

create table programme_transition (
    id            uuid          primary key,
    programme_id  uuid          not null references programme (id) on delete cascade,
    action        varchar(20)   not null,
    from_status   varchar(20)   not null,
    to_status     varchar(20)   not null,
    actor         varchar(200)  not null,
    acted_at      timestamptz   not null,
    comment       varchar(2000)
);
create index programme_transition_programme_idx on programme_transition (programme_id, acted_at);

-- One report per unit, programme and period ('2025-Q3', '2025-H1', '2025').
create table unit_report (
    id             uuid          primary key,
    programme_id   uuid          not null references programme (id),
    unit_id        uuid          not null references reporting_unit (id),
    province_code  varchar(2)    not null,
    period         varchar(7)    not null check (period ~ '^[0-9]{4}(-Q[1-4]|-H[12])?$'),
    version        bigint        not null default 0,
    status         varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    entries        jsonb         not null default '[]',
    submitted_on   date,
    returned_reason varchar(2000),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null,
    constraint unit_report_unique unique (programme_id, unit_id, period)
);
create index unit_report_period_idx on unit_report (province_code, period, status);

create table unit_report_transition (
    id          uuid          primary key,
    report_id   uuid          not null references unit_report (id) on delete cascade,
    action      varchar(20)   not null,
    from_status varchar(20)   not null,
    to_status   varchar(20)   not null,
    actor       varchar(200)  not null,
    acted_at    timestamptz   not null,
    comment     varchar(2000)
);
create index unit_report_transition_report_idx on unit_report_transition (report_id, acted_at);

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

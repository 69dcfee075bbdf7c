-- Units of a province that lead, coordinate and report on foreign-affairs tasks (sở, ban, ngành).
-- Each belongs to one province (national two-digit code); a unit reporter's token names its unit
-- by `code` in the `unit` claim.
create table reporting_unit (
    id            uuid         primary key default gen_random_uuid(),
    province_code varchar(2)   not null check (province_code ~ '^[0-9]{2}$'),
    code          varchar(40)  not null check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_vi       varchar(300) not null,
    name_en       varchar(300),
    active        boolean      not null default true,
    constraint reporting_unit_code_unique unique (province_code, code)
);

create index reporting_unit_province_idx on reporting_unit (province_code, name_vi);

-- Records of the other services that name a partner (a delegation's inviting or visiting partner).
-- Registered by those services when they store the partner's id, so that a partner referred to
-- anywhere in the suite is deactivated, never deleted. A use is never released: a record that once
-- named a partner keeps it in its history.
create table partner_use (
    partner_id     uuid          not null references partner (id),
    service        varchar(40)   not null,
    record_id      uuid          not null,
    label          varchar(500)  not null,
    registered_at  timestamptz   not null,
    registered_by  varchar(200)  not null,
    primary key (partner_id, service, record_id)
);

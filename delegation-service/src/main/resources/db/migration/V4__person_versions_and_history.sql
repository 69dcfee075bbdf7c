-- A person is shared by every delegation they are on: corrections to a person are explicit,
-- guarded by the person's own version and kept in the person's history.
alter table person add column version bigint not null default 0;
alter table person add column updated_at timestamptz;
alter table person add column updated_by varchar(200);

create table person_change (
    id          uuid          primary key,
    person_id   uuid          not null references person (id),
    actor       varchar(200)  not null,
    changed_at  timestamptz   not null,
    reason      varchar(2000) not null,
    changes     jsonb         not null
);
create index person_change_person_idx on person_change (person_id, changed_at);

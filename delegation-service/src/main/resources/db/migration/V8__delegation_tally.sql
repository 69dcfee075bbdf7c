-- Delegation figures kept current in the same transaction as every change, so that statistics
-- read a few thousand tally rows instead of aggregating every delegation and membership
-- (docs/delegations.md "Statistics"). Only delegations that count are tallied: not drafts,
-- rejected or cancelled ones, the same rule as the statistics.
--
-- One row per province code, quarter of the start date, direction and one more dimension: kind ''
-- is the delegation itself; 'purpose', 'status', 'headLevel' and 'country' (one row per country
-- of the delegation) carry that dimension's value. A grouping by year, quarter, direction and
-- province with at most one of the others is a sum of tally rows; anything else (partner, two of
-- the others, dates that cut a quarter) is computed from the delegations themselves.
create table delegation_tally (
    kind           varchar(20)  not null,
    value          varchar(40)  not null,
    province_code  varchar(2)   not null,
    quarter        date         not null,
    direction      varchar(10)  not null,
    delegations    bigint       not null,
    members        bigint       not null,
    person_days    bigint       not null,
    cost_vnd       bigint       not null,
    primary key (kind, province_code, quarter, direction, value)
);

create function delegation_counts(status varchar) returns boolean language sql immutable as $$
    select status in ('SUBMITTED', 'APPRAISED', 'PARTY_OPINION', 'APPROVED', 'TRAVELLING', 'RETURNED',
                      'REPORT_SUBMITTED', 'REQUESTED', 'HELD', 'REPORTED', 'CLOSED')
$$;

-- What each delegation adds to the tally, computed from the delegations themselves: the rebuild
-- uses it, and tests compare the tally with it.
create view delegation_tally_expected as
with d as (
    select d.id, d.province_code, date_trunc('quarter', d.start_on)::date as quarter, d.direction, d.purpose, d.status,
           coalesce(d.head_level, 'UNSPECIFIED') as head_level, coalesce(d.cost_estimate_vnd, 0) as cost,
           (d.end_on - d.start_on + 1) as days,
           (select count(*) from delegation_member m where m.delegation_id = d.id) as members
      from delegation d
     where delegation_counts(d.status)
), k as (
    select d.*, '' as kind, '' as value from d
    union all select d.*, 'purpose', d.purpose from d
    union all select d.*, 'status', d.status from d
    union all select d.*, 'headLevel', d.head_level from d
    union all select d.*, 'country', c.country_code from d join delegation_country c on c.delegation_id = d.id
)
select kind, value, province_code, quarter, direction, count(*) as delegations, sum(members) as members,
       sum(members * days) as person_days, sum(cost) as cost_vnd
  from k group by kind, value, province_code, quarter, direction;

create function delegation_tally_rebuild() returns void language sql as $$
    delete from delegation_tally;
    insert into delegation_tally (kind, value, province_code, quarter, direction, delegations, members, person_days, cost_vnd)
    select kind, value, province_code, quarter, direction, delegations, members, person_days, cost_vnd from delegation_tally_expected;
$$;

-- Adds (sign 1) or takes away (sign -1) one delegation's share as the tables stand now. Rows are
-- touched in key order, so two transactions changing the same rows wait for each other instead
-- of deadlocking.
create function delegation_tally_apply(delegation_id uuid, sign integer) returns void language plpgsql as $$
declare
    d delegation%rowtype;
    members bigint;
begin
    select * into d from delegation where id = delegation_id;
    if not found or not delegation_counts(d.status) then
        return;
    end if;
    select count(*) into members from delegation_member m where m.delegation_id = d.id;
    insert into delegation_tally as t (kind, value, province_code, quarter, direction, delegations, members, person_days, cost_vnd)
    select k.kind, k.value, d.province_code, date_trunc('quarter', d.start_on)::date, d.direction, sign, sign * members,
           sign * members * (d.end_on - d.start_on + 1), sign * coalesce(d.cost_estimate_vnd, 0)
      from (select '' as kind, '' as value
            union all select 'purpose', d.purpose
            union all select 'status', d.status
            union all select 'headLevel', coalesce(d.head_level, 'UNSPECIFIED')
            union all select 'country', c.country_code from delegation_country c where c.delegation_id = d.id) k
     order by k.kind, k.value
    on conflict (kind, province_code, quarter, direction, value) do update
       set delegations = t.delegations + excluded.delegations,
           members = t.members + excluded.members,
           person_days = t.person_days + excluded.person_days,
           cost_vnd = t.cost_vnd + excluded.cost_vnd;
end
$$;

-- A delegation's share depends on its own row and its members and countries. A change to the
-- delegation takes its old share away before the row changes and adds the new one after; a
-- statement on members or countries adds the difference it made, from its transition tables
-- (row triggers there would see the statement's earlier rows half-applied).
-- Whether a change to a delegation changes its share: only these columns make it.
create function delegation_tally_share_changed(o delegation, n delegation) returns boolean language sql immutable as $$
    select (o.province_code, o.start_on, o.end_on, o.direction, o.purpose, o.status, o.head_level, o.cost_estimate_vnd)
           is distinct from (n.province_code, n.start_on, n.end_on, n.direction, n.purpose, n.status, n.head_level, n.cost_estimate_vnd)
$$;

create function delegation_tally_before() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or delegation_tally_share_changed(old, new) then
        perform delegation_tally_apply(old.id, -1);
    end if;
    return coalesce(new, old);
end
$$;

create function delegation_tally_after() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or delegation_tally_share_changed(old, new) then
        perform delegation_tally_apply(new.id, 1);
    end if;
    return null;
end
$$;

-- Members added (sign 1) or removed (-1), one array entry per membership: the delegation's
-- figures in every one of its tally rows change by that many members. A delegation already
-- deleted (a cascade) took its whole share away before.
create function delegation_tally_members(delegation_ids uuid[], sign integer) returns void language sql as $$
    insert into delegation_tally as t (kind, value, province_code, quarter, direction, delegations, members, person_days, cost_vnd)
    select k.kind, k.value, d.province_code, date_trunc('quarter', d.start_on)::date, d.direction, 0, sign * x.n,
           sign * x.n * (d.end_on - d.start_on + 1), 0
      from (select id, count(*) as n from unnest(delegation_ids) as id group by id) x
      join delegation d on d.id = x.id and delegation_counts(d.status)
     cross join lateral (select '' as kind, '' as value
                         union all select 'purpose', d.purpose
                         union all select 'status', d.status
                         union all select 'headLevel', coalesce(d.head_level, 'UNSPECIFIED')
                         union all select 'country', c.country_code from delegation_country c where c.delegation_id = d.id) k
     order by k.kind, d.province_code, 4, d.direction, k.value
    on conflict (kind, province_code, quarter, direction, value) do update
       set members = t.members + excluded.members,
           person_days = t.person_days + excluded.person_days;
$$;

-- Countries added (sign 1) or removed (-1): the delegation's whole share under that country.
create function delegation_tally_countries(delegation_ids uuid[], countries varchar[], sign integer) returns void language sql as $$
    insert into delegation_tally as t (kind, value, province_code, quarter, direction, delegations, members, person_days, cost_vnd)
    select 'country', x.country, d.province_code, date_trunc('quarter', d.start_on)::date, d.direction, sign * x.n,
           sign * x.n * m.members, sign * x.n * m.members * (d.end_on - d.start_on + 1), sign * x.n * coalesce(d.cost_estimate_vnd, 0)
      from (select id, country, count(*) as n from unnest(delegation_ids, countries) as u(id, country) group by id, country) x
      join delegation d on d.id = x.id and delegation_counts(d.status)
     cross join lateral (select count(*) as members from delegation_member m where m.delegation_id = d.id) m
     order by d.province_code, 4, d.direction, x.country
    on conflict (kind, province_code, quarter, direction, value) do update
       set delegations = t.delegations + excluded.delegations,
           members = t.members + excluded.members,
           person_days = t.person_days + excluded.person_days,
           cost_vnd = t.cost_vnd + excluded.cost_vnd;
$$;

create function delegation_tally_members_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform delegation_tally_members(array_agg(delegation_id), -1) from old_rows;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform delegation_tally_members(array_agg(delegation_id), 1) from new_rows;
    end if;
    return null;
end
$$;

create function delegation_tally_countries_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform delegation_tally_countries(array_agg(delegation_id), array_agg(country_code), -1) from old_rows;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform delegation_tally_countries(array_agg(delegation_id), array_agg(country_code), 1) from new_rows;
    end if;
    return null;
end
$$;

create trigger delegation_tally_before before update or delete on delegation
    for each row execute function delegation_tally_before();
create trigger delegation_tally_after after insert or update on delegation
    for each row execute function delegation_tally_after();
create trigger delegation_tally_inserted after insert on delegation_member
    referencing new table as new_rows for each statement execute function delegation_tally_members_changed();
create trigger delegation_tally_updated after update on delegation_member
    referencing old table as old_rows new table as new_rows for each statement execute function delegation_tally_members_changed();
create trigger delegation_tally_deleted after delete on delegation_member
    referencing old table as old_rows for each statement execute function delegation_tally_members_changed();
create trigger delegation_tally_inserted after insert on delegation_country
    referencing new table as new_rows for each statement execute function delegation_tally_countries_changed();
create trigger delegation_tally_updated after update on delegation_country
    referencing old table as old_rows new table as new_rows for each statement execute function delegation_tally_countries_changed();
create trigger delegation_tally_deleted after delete on delegation_country
    referencing old table as old_rows for each statement execute function delegation_tally_countries_changed();

select delegation_tally_rebuild();

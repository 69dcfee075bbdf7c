-- The tally by whole years beside the tally by quarters (V8): a question over whole years (no
-- quarter asked, dates on year boundaries or none, as every default question is) sums a quarter of
-- the rows. National figures by country read 84 000 quarter rows at a million delegations; by year
-- they read 21 000.
--
-- It follows the quarter tally itself: every statement that changes quarter rows adds the
-- difference it made, summed per year row, from its transition tables. Nothing else writes it, so
-- the two can only differ by a statement in flight.
create table delegation_tally_year (
    kind           varchar(20)  not null,
    value          varchar(40)  not null,
    province_code  varchar(2)   not null,
    year_start     date         not null,
    direction      varchar(10)  not null,
    delegations    bigint       not null,
    members        bigint       not null,
    person_days    bigint       not null,
    cost_vnd       bigint       not null,
    primary key (kind, province_code, year_start, direction, value)
);

-- Adds the quarter rows of a statement (sign 1) or takes them away (-1). Rows are touched in key
-- order, as the quarter tally's are, so concurrent statements wait instead of deadlocking.
create function delegation_tally_year_apply(rows_changed delegation_tally[], sign integer) returns void language sql as $$
    insert into delegation_tally_year as y (kind, value, province_code, year_start, direction, delegations, members, person_days, cost_vnd)
    select r.kind, r.value, r.province_code, date_trunc('year', r.quarter)::date, r.direction, sign * sum(r.delegations),
           sign * sum(r.members), sign * sum(r.person_days), sign * sum(r.cost_vnd)
      from unnest(rows_changed) r
     group by r.kind, r.province_code, date_trunc('year', r.quarter)::date, r.direction, r.value
     order by r.kind, r.province_code, 4, r.direction, r.value
    on conflict (kind, province_code, year_start, direction, value) do update
       set delegations = y.delegations + excluded.delegations,
           members = y.members + excluded.members,
           person_days = y.person_days + excluded.person_days,
           cost_vnd = y.cost_vnd + excluded.cost_vnd;
$$;

create function delegation_tally_year_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform delegation_tally_year_apply(array_agg(o::delegation_tally), -1) from old_rows o having count(*) > 0;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform delegation_tally_year_apply(array_agg(n::delegation_tally), 1) from new_rows n having count(*) > 0;
    end if;
    return null;
end
$$;

create trigger delegation_tally_year_inserted after insert on delegation_tally
    referencing new table as new_rows for each statement execute function delegation_tally_year_changed();
create trigger delegation_tally_year_updated after update on delegation_tally
    referencing old table as old_rows new table as new_rows for each statement execute function delegation_tally_year_changed();
create trigger delegation_tally_year_deleted after delete on delegation_tally
    referencing old table as old_rows for each statement execute function delegation_tally_year_changed();

-- A rebuild (after a bulk load that bypassed the triggers) sets both tallies from the delegations.
create or replace function delegation_tally_rebuild() returns void language sql as $$
    delete from delegation_tally;
    insert into delegation_tally (kind, value, province_code, quarter, direction, delegations, members, person_days, cost_vnd)
    select kind, value, province_code, quarter, direction, delegations, members, person_days, cost_vnd from delegation_tally_expected;
    delete from delegation_tally_year;
    insert into delegation_tally_year (kind, value, province_code, year_start, direction, delegations, members, person_days, cost_vnd)
    select kind, value, province_code, date_trunc('year', quarter)::date, direction, sum(delegations), sum(members),
           sum(person_days), sum(cost_vnd)
      from delegation_tally group by kind, value, province_code, date_trunc('year', quarter)::date, direction;
$$;

insert into delegation_tally_year (kind, value, province_code, year_start, direction, delegations, members, person_days, cost_vnd)
select kind, value, province_code, date_trunc('year', quarter)::date, direction, sum(delegations), sum(members),
       sum(person_days), sum(cost_vnd)
  from delegation_tally group by kind, value, province_code, date_trunc('year', quarter)::date, direction;

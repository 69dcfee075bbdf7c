-- An agreement's status on a day, as a table function PostgreSQL inlines into the query that joins it
-- (LATERAL): the national statistics with asOf then read 100 000 statuses in one plan instead of
-- calling agreement_status_on once a row, 0.6 s instead of 1.8 s at 100 000 agreements, which had
-- kept the reporting service's annual report from getting its agreement figures within its budget.
-- The rule is written here only; agreement_status_on reads it.
create function agreement_status_row(agreement uuid, expires_on date, created_at timestamptz, day date)
returns table (status varchar) language sql stable as $$
    select (case
               when s.to_status in ('IN_FORCE', 'SUSPENDED') and expires_on is not null and expires_on < day then 'EXPIRED'
               when s.to_status is not null then s.to_status
               when (created_at at time zone 'Asia/Ho_Chi_Minh')::date <= day then 'DRAFT'
           end)::varchar
      from (select 1) one
      left join lateral (select t.to_status from agreement_transition t
                          where t.agreement_id = agreement and t.effective_on <= day
                          order by t.effective_on desc, t.acted_at desc limit 1) s on true
$$;

create or replace function agreement_status_on(agreement uuid, day date) returns varchar
language sql stable as $$
    select r.status
      from agreement a
      cross join lateral agreement_status_row(a.id, a.expires_on, a.created_at, day) r
     where a.id = agreement
$$;

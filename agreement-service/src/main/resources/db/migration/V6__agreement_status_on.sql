-- An agreement's status on a day, from the effective dates of its recorded steps: the status the
-- latest step taken effect by then led to (steps never take effect before the previous one), an
-- agreement past its expiry date counted EXPIRED even before the expiry job has run, DRAFT for an
-- agreement created by then with no step yet, NULL for one that did not exist yet. The one
-- definition of "as of a day" that every figure and list of the suite reads.
create function agreement_status_on(agreement uuid, day date) returns varchar
language sql stable as $$
    select case
               when s.to_status in ('IN_FORCE', 'SUSPENDED') and a.expires_on is not null and a.expires_on < day then 'EXPIRED'
               when s.to_status is not null then s.to_status
               when (a.created_at at time zone 'Asia/Ho_Chi_Minh')::date <= day then 'DRAFT'
           end
      from agreement a
      left join lateral (select t.to_status from agreement_transition t
                          where t.agreement_id = a.id and t.effective_on <= day
                          order by t.effective_on desc, t.acted_at desc limit 1) s on true
     where a.id = agreement
$$;

create index agreement_transition_effective_idx on agreement_transition (agreement_id, effective_on, acted_at);

-- The day the act that opened a deadline took effect: a deadline is never met before it (the report
-- to the Prime Minister is not sent before the signing it reports).
alter table agreement_deadline add column opened_on date;
update agreement_deadline d
   set opened_on = case when d.kind = 'EXPIRY'
                        then coalesce((select a.in_force_on from agreement a where a.id = d.agreement_id), d.visible_from)
                        else d.visible_from end;

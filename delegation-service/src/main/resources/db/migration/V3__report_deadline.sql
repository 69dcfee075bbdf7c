-- The post-visit report's due date, fixed when the delegation returns (or the inbound visit is held)
-- under the province's rule of that day; the deadline list reads it through this index.
alter table delegation add column report_due_on date;
create index delegation_report_due_idx on delegation (province_code, report_due_on, id)
    where status in ('RETURNED', 'HELD');

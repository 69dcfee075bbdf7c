-- Central bodies list every province's agreements (last changed first) and partners (by name): an
-- index in each default order lets PostgreSQL read one page instead of sorting the whole table.
create index agreement_updated_idx on agreement (updated_at desc, id);
create index partner_name_idx on partner (name_vi, id);

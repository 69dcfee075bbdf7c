-- Central bodies (MOFA, the Party's Commission for External Relations) list every province's
-- delegations in the default order, newest start first: without a province to lead the index, only
-- an index in that very order lets PostgreSQL read one page instead of sorting a million rows.
create index delegation_start_idx on delegation (start_on desc, id);

-- Tasks recur every half-year too, as programmes report by HALF_YEAR.
alter table task drop constraint task_recurrence_check;
alter table task add constraint task_recurrence_check check (recurrence in ('ONE_OFF', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'));

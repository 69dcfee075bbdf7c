-- Passport numbers and dates of birth are sealed by the service (AES-GCM, docs/operations.md
-- "Personal data"): the columns hold text the database cannot read. A keyed hash of the passport
-- number (the blind index) recognises a person. Values stored before are sealed, and their indexes
-- made, by the service's re-sealing job at its next start.
alter table person alter column passport_number type text;
alter table person alter column date_of_birth type text using date_of_birth::text;
alter table person add column passport_index varchar(64);
drop index person_passport_idx;
create unique index person_passport_idx on person (province_code, passport_index) where passport_index is not null;

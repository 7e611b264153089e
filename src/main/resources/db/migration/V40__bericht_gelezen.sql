-- Issue 15: the start page shows how many messages a person has not read yet.
alter table bericht add column gelezen timestamptz;
create index bericht_ongelezen on bericht (persoon_id) where gelezen is null;

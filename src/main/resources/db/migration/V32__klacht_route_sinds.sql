-- DOMAIN §4: the terms of Stap 1 and Stap 2 count from the day the complaint reached that step; and
-- "sent to the KJMN" is recorded only when the client or the GI says so, so it may be empty.
alter table klacht add column route_sinds date;
update klacht set route_sinds = coalesce(kjmn_ingediend, ingediend);

-- DOMAIN §3: two more privacy requests, bezwaar (AVG art. 21) and beperking (AVG art. 18); and the
-- questions a client puts to the functionaris gegevensbescherming (FG) from the portal, answered there.

alter table verzoek drop constraint verzoek_soort_check;
alter table verzoek add constraint verzoek_soort_check
    check (soort in ('KOPIE', 'CORRECTIE', 'VERNIETIGING', 'INFORMATIE', 'BEZWAAR', 'BEPERKING'));

create table fg_vraag (
    id                 bigint generated always as identity primary key,
    -- vraagsteller: who asks; the FG's answer goes to them.
    vraagsteller_id    bigint not null references persoon (id),
    vraag              text not null,
    gesteld_op         timestamptz not null,
    antwoord           text,
    beantwoord_op      timestamptz,
    beantwoord_door_id bigint references persoon (id),
    check ((antwoord is null) = (beantwoord_op is null) and (antwoord is null) = (beantwoord_door_id is null))
);
create index fg_vraag_vraagsteller on fg_vraag (vraagsteller_id);
create index fg_vraag_open on fg_vraag (gesteld_op) where antwoord is null;

-- Delen of a stuk (DOMAIN §2 rule 10): the GI may split a stuk into passages, each about its own
-- persons, so a viewer sees every passage they may see instead of losing the whole stuk to one
-- sentence about someone else. The stuk's own stuk_over then holds at least every person of its
-- delen. A destroyed stuk keeps no delen (the tombstone check of V7 covers the stuk's own columns;
-- the vernietiging deletes these rows in the same transaction).
create table stuk_deel (
    id       bigint generated always as identity primary key,
    stuk_id  bigint not null references stuk (id),
    volgorde int    not null,
    tekst    text   not null,
    unique (stuk_id, volgorde)
);

create table stuk_deel_over (
    deel_id    bigint not null references stuk_deel (id) on delete cascade,
    persoon_id bigint not null references persoon (id),
    primary key (deel_id, persoon_id)
);
create index stuk_deel_over_persoon on stuk_deel_over (persoon_id);

-- Why the GI shielded a stuk (rule 7), for the FG and the jeugdbeschermer; never shown to the viewer
-- it is shielded from.
alter table stuk add column afschermreden text;

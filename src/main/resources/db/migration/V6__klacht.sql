-- Complaints (DOMAIN §4): Stap 1, Stap 2 and the KJMN. The portal does not run the KJMN; it keeps
-- the milestones staff enter, so the client sees every step with its due date. The categories
-- (maatregel, klager, ondersteuning, aard) are stored as they were on the day of filing, because
-- the yearly figures (seed 002) must not change when a measure or a relation changes later.

create table klacht (
    id                     bigint generated always as identity primary key,
    dossier_id             bigint not null references dossier (id),
    -- klager: whose complaint it is; indiener: who filed it (a vertrouwenspersoon files namens a client).
    klager_id              bigint not null references persoon (id),
    indiener_id            bigint not null references persoon (id),
    klager_soort           varchar(20) not null check (klager_soort in ('MOEDER', 'VADER', 'BEIDE_OUDERS', 'JEUGDIGE', 'GROOTOUDERS', 'PLEEGOUDERS', 'VOOGD', 'OVERIGEN')),
    maatregel              varchar(20) not null check (maatregel in ('OTS', 'VOOGDIJ', 'PREVENTIEF', 'JR')),
    aard                   varchar(20) not null check (aard in ('BEJEGENING', 'RAPPORTAGES', 'BEREIKBAARHEID', 'OVERIG')),
    ondersteuning          varchar(20) not null check (ondersteuning in ('AKJ', 'FAMILIELID', 'ADVOCAAT', 'HULPVERLENER', 'GEEN')),
    tekst                  text not null,
    -- The step the complaint is in now; it moves on from STAP1 to STAP2 to KJMN, never back.
    route                  varchar(10) not null check (route in ('STAP1', 'STAP2', 'KJMN')),
    ingediend_op           timestamptz not null,
    ingediend              date not null,
    andere_jeugdbeschermer boolean not null default false,
    andere_jb_besluit      varchar(12) check (andere_jb_besluit in ('TOEGEWEZEN', 'AFGEWEZEN')),
    andere_jb_motivatie    text,
    -- KJMN milestones, as staff enter them.
    kjmn_ingediend         date,
    kjmn_ontvangen         date,
    kjmn_compleet          date,
    intern_gesprek_van     date,
    intern_gesprek_tot     date,
    hoorzitting            date,
    uitspraak_op           date,
    reactie_op             date,
    reactie_tekst          text,
    afgerond               date,
    check ((andere_jb_besluit is null) = (andere_jb_motivatie is null)),
    check ((reactie_op is null) = (reactie_tekst is null))
);
create index klacht_dossier on klacht (dossier_id);
create index klacht_klager on klacht (klager_id);
create index klacht_ingediend on klacht (ingediend);

-- A complaint split into short statements; the KJMN rules per statement and the GI answers per statement.
create table klachtonderdeel (
    id           bigint generated always as identity primary key,
    klacht_id    bigint not null references klacht (id),
    volgnummer   int not null,
    tekst        text not null,
    uitspraak    varchar(15) check (uitspraak in ('GEGROND', 'DEELS_GEGROND', 'ONGEGROND', 'GEEN_OORDEEL')),
    overgenomen  boolean,
    maatregel    text,
    unique (klacht_id, volgnummer)
);

-- The klachtgesprek of Stap 1 (with the jeugdbeschermer) or Stap 2 (with the leidinggevende).
create table klachtgesprek (
    id                   bigint generated always as identity primary key,
    klacht_id            bigint not null references klacht (id),
    stap                 int not null check (stap in (1, 2)),
    uitgenodigd_op       date not null,
    datum                date not null,
    deelnemers           text not null,
    verslag              text,
    verslag_op           date,
    klopt                boolean,
    reactie              text,
    reactie_op           date,
    gecorrigeerd_verslag text,
    gecorrigeerd_op      date,
    uitkomst             varchar(15) check (uitkomst in ('OPGELOST', 'DEELS', 'NIET_OPGELOST')),
    volgende_stap        text,
    unique (klacht_id, stap),
    check ((verslag is null) = (verslag_op is null))
);

-- What was agreed in a klachtgesprek, with who does it and by when, followed until done.
create table klachtafspraak (
    id          bigint generated always as identity primary key,
    gesprek_id  bigint not null references klachtgesprek (id),
    wat         text not null,
    eigenaar    varchar(200) not null,
    uiterlijk   date not null,
    gedaan_op   date
);

-- Messages in the portal now also tell about complaints. A message about a request links through
-- verzoek_id, as before; any other message carries the page it links to, made for its reader.
alter table bericht alter column verzoek_id drop not null;
alter table bericht add column pad varchar(300);
alter table bericht add constraint bericht_heeft_link check (verzoek_id is not null or pad is not null);

-- The plan of a family in plain language (DOMAIN.md §5 and §6): the plan of each dossier with
-- its phase and the dates the legal terms are checked against, the points of the
-- veiligheidsplan and the plan van aanpak, what parents and the jeugdige say about it, the
-- familiegroepsplan choice, a planned jeugdbeschermingstafel, and who is who around the family.

create table plan (
    id                         bigint generated always as identity primary key,
    dossier_id                 bigint not null unique references dossier (id),
    fase                       smallint not null check (fase between 1 and 3),
    fase_sinds                 date not null,
    status                     varchar(20) not null check (status in ('CONCEPT', 'DEFINITIEF')),
    wat_moet_veranderen        text not null,
    -- The dates the terms of Besluit Jeugdwet 4.2.2, Jeugdwet 4.1.3 and the kwaliteitskader are
    -- checked against. Empty means: has not happened yet.
    eerste_contact_op          date,
    plan_van_aanpak_op         date,
    hulp_gestart_op            date,
    volgende_evaluatie         date,
    voornemen_einde            varchar(20) not null check (voornemen_einde in ('NOG_OPEN', 'VERLENGEN', 'STOPPEN')),
    verzoek_verlenging_op      date,
    besluit_verlenging_op      date,
    raad_ingelicht_op          date
);

create table planpunt (
    id        bigint generated always as identity primary key,
    plan_id   bigint not null references plan (id),
    onderdeel varchar(20) not null check (onderdeel in ('VEILIGHEIDSPLAN', 'PLAN_VAN_AANPAK')),
    soort     varchar(20) not null check (soort in ('DOEL', 'AFSPRAAK', 'VOORWAARDE')),
    tekst     varchar(1000) not null,
    status    varchar(20) not null check (status in ('NOG_NIET_BEGONNEN', 'BEZIG', 'GELUKT', 'NIET_GELUKT')),
    volgorde  integer not null
);
create index planpunt_plan on planpunt (plan_id, volgorde);

-- What a parent or the jeugdige said, kept as they wrote it: never edited, only added to.
create table inbreng (
    id           bigint generated always as identity primary key,
    dossier_id   bigint not null references dossier (id),
    persoon_id   bigint not null references persoon (id),
    onderwerp    varchar(20) not null check (onderwerp in ('PLAN', 'EVALUATIE', 'JBT', 'FAMILIEGROEPSPLAN')),
    tekst        varchar(4000) not null check (length(trim(tekst)) > 0),
    geschreven   timestamptz not null
);
create index inbreng_dossier on inbreng (dossier_id, geschreven);

create table familiegroepsplan (
    id          bigint generated always as identity primary key,
    dossier_id  bigint not null unique references dossier (id),
    keuze       varchar(20) not null check (keuze in ('ZELF_MAKEN', 'AFZIEN')),
    gekozen_door bigint not null references persoon (id),
    gekozen_op  date not null
);

create table jeugdbeschermingstafel (
    id            bigint generated always as identity primary key,
    dossier_id    bigint not null references dossier (id),
    moment        timestamp not null,
    plaats        varchar(300) not null,
    organisator   varchar(200) not null,
    vraag         varchar(1000) not null
);
create index jbt_dossier on jeugdbeschermingstafel (dossier_id);

create table jbt_genodigde (
    jbt_id bigint not null references jeugdbeschermingstafel (id),
    volgorde integer not null,
    naam   varchar(200) not null,
    rol    varchar(300) not null,
    primary key (jbt_id, volgorde)
);

create table jbt_stuk (
    jbt_id     bigint not null references jeugdbeschermingstafel (id),
    volgorde   integer not null,
    titel      varchar(300) not null,
    verstuurd  date,
    primary key (jbt_id, volgorde)
);

-- People and organisations around a family besides the jeugdbeschermer (who is on the dossier).
create table betrokkene (
    id           bigint generated always as identity primary key,
    dossier_id   bigint not null references dossier (id),
    naam         varchar(200) not null,
    rol          varchar(300) not null,
    organisatie  varchar(200),
    telefoon     varchar(40),
    email        varchar(200),
    bereikbaar   varchar(300),
    volgorde     integer not null
);
create index betrokkene_dossier on betrokkene (dossier_id, volgorde);

-- A change of jeugdbeschermer, so the start page can tell the family who is new since when.
create table jeugdbeschermer_wissel (
    id          bigint generated always as identity primary key,
    dossier_id  bigint not null references dossier (id),
    vorige_id   bigint not null references persoon (id),
    nieuwe_id   bigint not null references persoon (id),
    per         date not null
);
create index wissel_dossier on jeugdbeschermer_wissel (dossier_id, per desc);

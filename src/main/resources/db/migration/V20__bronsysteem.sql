-- The registratie API (issue #12): the GI's own case system (the bronsysteem) registers everything
-- by its own ids. Those ids live next to the portal's own keys, unique per kind, so the portal's
-- foreign keys stay as they are and a GI can renumber nothing by accident.

-- Persons, staff and vertrouwenspersonen share the persoon table; each kind has its own id space.
alter table persoon
    add column bron_soort varchar(20) check (bron_soort in ('PERSOON', 'MEDEWERKER', 'VERTROUWENSPERSOON')),
    add column bron_id    varchar(64),
    -- Staff and helpers are registered by their user name in the login server, not by a BSN;
    -- the contract gives no birth date for them either.
    add column login      varchar(100) unique,
    add column tussenvoegsel varchar(50),
    alter column bsn drop not null,
    alter column geboortedatum drop not null,
    add constraint persoon_bron check ((bron_soort is null) = (bron_id is null)),
    add constraint persoon_herkenbaar check (bsn is not null or login is not null),
    add constraint persoon_client_geboren check (bsn is null or geboortedatum is not null);
create unique index persoon_bron_id on persoon (bron_soort, bron_id);

alter table persoon drop constraint persoon_functie_check;
alter table persoon add constraint persoon_functie_check
    check (functie in ('VERTROUWENSPERSOON', 'JEUGDBESCHERMER', 'LEIDINGGEVENDE', 'FG'));

alter table relatie add column bron_id varchar(64) unique;
alter table wilsonbekwaamheid add column bron_id varchar(64) unique;
alter table team add column bron_id varchar(64) unique;
alter table dossier add column bron_id varchar(64) unique;
-- Measures and stukken are addressed under their dossier (/dossiers/{id}/stukken/{sid}).
alter table maatregel add column bron_id varchar(64);
create unique index maatregel_bron_id on maatregel (dossier_id, bron_id);
alter table stuk add column bron_id varchar(64);
create unique index stuk_bron_id on stuk (dossier_id, bron_id);

-- The GI destroys a stuk itself (DELETE through the API) as well as on a granted request. Such a
-- tombstone has no verzoek; it says so with vernietigd_door_bronsysteem, so the V7 rule stays:
-- destroyed means empty, and a destruction always says who did it.
alter table stuk add column vernietigd_door_bronsysteem boolean not null default false;
alter table stuk drop constraint stuk_inhoud_of_vernietigd;
alter table stuk add constraint stuk_inhoud_of_vernietigd check (
    (vernietigd_op is null and vernietigd_bij_verzoek_id is null and not vernietigd_door_bronsysteem
        and datum is not null and soort is not null and auteur is not null and titel is not null and tekst is not null)
    or (vernietigd_op is not null and ((vernietigd_bij_verzoek_id is not null) <> vernietigd_door_bronsysteem)
        and datum is null and soort is null and auteur is null and titel is null and tekst is null));

-- The original document of a stuk (a PDF, at most 20 MB). Deleted with the stuk's content.
create table stuk_document (
    stuk_id   bigint primary key references stuk (id),
    inhoud    bytea  not null,
    grootte   int    not null check (grootte > 0 and grootte <= 20971520),
    sha256    varchar(64) not null,
    opgeslagen timestamptz not null
);

-- What clients did in the portal, for the bronsysteem to pick up (GET /gebeurtenissen). A row is
-- written in the same transaction as what it reports. Its volgnummer is given only when a reader
-- asks, under one lock, to rows already committed: so numbers follow commit order, and a reader
-- that continues from its last number can never miss a row that committed late with a low number.
create table gebeurtenis (
    id          bigint generated always as identity primary key,
    volgnummer  bigint unique,
    moment      timestamptz not null,
    soort       varchar(40) not null,
    dossier_id  bigint references dossier (id),
    persoon_id  bigint references persoon (id),
    onderwerp   varchar(200) not null
);
create index gebeurtenis_ongenummerd on gebeurtenis (id) where volgnummer is null;

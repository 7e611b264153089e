-- The registration the GI keeps: persons, their relations with dates, wilsonbekwaamheid,
-- the dossier of each child with its measures and stukken, and the toestemmingen and
-- machtigingen that widen who may see what. Logins stay in Keycloak; a person is linked
-- to a login by the BSN that the login carries.

create table persoon (
    id            bigint generated always as identity primary key,
    bsn           varchar(9)   not null unique check (bsn ~ '^[0-9]{9}$'),
    voornaam      varchar(100) not null,
    achternaam    varchar(100) not null,
    geboortedatum date         not null,
    email         varchar(200),
    telefoon      varchar(40),
    organisatie   varchar(200)
);

create table relatie (
    id        bigint generated always as identity primary key,
    persoon_id bigint not null references persoon (id),
    kind_id    bigint not null references persoon (id),
    soort     varchar(20) not null check (soort in ('OUDER', 'VOOGD', 'VERTEGENWOORDIGER')),
    gezag     boolean not null,
    vanaf     date not null,
    tot       date,
    check (persoon_id <> kind_id),
    check (tot is null or tot >= vanaf)
);
create index relatie_persoon on relatie (persoon_id);
create index relatie_kind on relatie (kind_id);

create table wilsonbekwaamheid (
    id          bigint generated always as identity primary key,
    persoon_id  bigint not null references persoon (id),
    vanaf       date not null,
    tot         date,
    toelichting varchar(1000),
    check (tot is null or tot >= vanaf)
);

create table dossier (
    id                 bigint generated always as identity primary key,
    kind_id            bigint not null unique references persoon (id),
    jeugdbeschermer_id bigint not null references persoon (id),
    geopend            date not null
);

create table maatregel (
    id         bigint generated always as identity primary key,
    dossier_id bigint not null references dossier (id),
    soort      varchar(40) not null check (soort in ('OTS', 'VOTS', 'VOOGDIJ', 'MACHTIGING_UITHUISPLAATSING')),
    begindatum date not null,
    einddatum  date,
    check (einddatum is null or einddatum >= begindatum)
);
create index maatregel_dossier on maatregel (dossier_id);

create table stuk (
    id          bigint generated always as identity primary key,
    dossier_id  bigint not null references dossier (id),
    datum       date not null,
    soort       varchar(40) not null,
    auteur      varchar(200) not null,
    titel       varchar(300) not null,
    tekst       text not null,
    afgeschermd boolean not null default false
);
create index stuk_dossier_datum on stuk (dossier_id, datum desc);

-- The persons a stuk is about: a viewer must be allowed to see every one of them.
create table stuk_over (
    stuk_id    bigint not null references stuk (id),
    persoon_id bigint not null references persoon (id),
    primary key (stuk_id, persoon_id)
);

create table toestemming (
    id             bigint generated always as identity primary key,
    gever_id       bigint not null references persoon (id),
    ontvanger_id   bigint not null references persoon (id),
    over_id        bigint not null references persoon (id),
    vanaf          date not null,
    tot            date,
    ingetrokken_op timestamptz,
    check (tot is null or tot >= vanaf)
);
create index toestemming_over on toestemming (over_id);

create table machtiging (
    id                    bigint generated always as identity primary key,
    client_id             bigint not null references persoon (id),
    vertrouwenspersoon_id bigint not null references persoon (id),
    vanaf                 date not null,
    tot                   date,
    ingetrokken_op        timestamptz,
    check (tot is null or tot >= vanaf)
);
create index machtiging_vp on machtiging (vertrouwenspersoon_id);

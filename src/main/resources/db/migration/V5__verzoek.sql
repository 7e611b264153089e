-- Requests about the dossier (DOMAIN §3): kopie, correctie, vernietiging and, for an ouder zonder
-- gezag, informatie (BW 1:377c). Each request keeps its terms, its decision and who did what;
-- a corrected stuk keeps its old text in stuk_wijziging, and a client's own statement about a stuk
-- is kept with the stuk in eigen_verklaring.

create table verzoek (
    id                 bigint generated always as identity primary key,
    soort              varchar(20) not null check (soort in ('KOPIE', 'CORRECTIE', 'VERNIETIGING', 'INFORMATIE')),
    dossier_id         bigint not null references dossier (id),
    -- aanvrager: whose right it is; indiener: who filed it (a vertrouwenspersoon files namens a client).
    aanvrager_id       bigint not null references persoon (id),
    indiener_id        bigint not null references persoon (id),
    stuk_id            bigint references stuk (id),
    alle_stukken       boolean not null default true,
    zin                text,
    wat_fout           text,
    wat_moet_het_zijn  text,
    toelichting        text,
    status             varchar(20) not null check (status in ('INGEDIEND', 'TOEGEWEZEN', 'DEELS_TOEGEWEZEN', 'AFGEWEZEN')),
    ingediend_op       timestamptz not null,
    ontvangen          date not null,
    uiterlijk          date not null,
    verlengd_op        date,
    verlenging_reden   text,
    besluit_op         date,
    besluit_door_id    bigint references persoon (id),
    motivatie          text,
    check (soort <> 'CORRECTIE' or stuk_id is not null),
    check ((status = 'INGEDIEND') = (besluit_op is null))
);
create index verzoek_dossier on verzoek (dossier_id);
create index verzoek_aanvrager on verzoek (aanvrager_id);
create index verzoek_uiterlijk on verzoek (uiterlijk) where status = 'INGEDIEND';

-- For a kopie of chosen stukken only; empty when alle_stukken.
create table verzoek_stuk (
    verzoek_id bigint not null references verzoek (id),
    stuk_id    bigint not null references stuk (id),
    primary key (verzoek_id, stuk_id)
);

-- The PDF made when a kopie is granted. Its own table, so lists of requests never load it.
create table kopie (
    id         bigint generated always as identity primary key,
    verzoek_id bigint not null unique references verzoek (id),
    pdf        bytea not null,
    gemaakt_op timestamptz not null
);

-- History of a stuk: every change made after a granted correctie, with the old and new text.
create table stuk_wijziging (
    id           bigint generated always as identity primary key,
    stuk_id      bigint not null references stuk (id),
    verzoek_id   bigint references verzoek (id),
    oude_tekst   text not null,
    nieuwe_tekst text not null,
    door_id      bigint not null references persoon (id),
    reden        text not null,
    tijdstip     timestamptz not null
);
create index stuk_wijziging_stuk on stuk_wijziging (stuk_id);

-- The client's own words about a stuk, shown with the stuk to everyone who may see it.
create table eigen_verklaring (
    id             bigint generated always as identity primary key,
    stuk_id        bigint not null references stuk (id),
    persoon_id     bigint not null references persoon (id),
    ingediend_door_id bigint not null references persoon (id),
    verzoek_id     bigint references verzoek (id),
    tekst          text not null,
    tijdstip       timestamptz not null
);
create index eigen_verklaring_stuk on eigen_verklaring (stuk_id);

-- Messages in the portal, one per status change per person told.
create table bericht (
    id         bigint generated always as identity primary key,
    persoon_id bigint not null references persoon (id),
    verzoek_id bigint not null references verzoek (id),
    onderwerp  varchar(200) not null,
    tekst      text not null,
    tijdstip   timestamptz not null
);
create index bericht_persoon on bericht (persoon_id, tijdstip desc);

-- What the toestemming and machtiging pages need (DOMAIN §2 rules 5 and 6).

-- A client may give a machtiging only to a registered vertrouwenspersoon (AKJ, Jeugdstem, ...).
-- The login role says what someone may do in the portal; this says what the GI registered.
alter table persoon add column functie varchar(40) check (functie in ('VERTROUWENSPERSOON'));

-- The answers of the persons whose toestemming a vertrouwenspersoon needs besides the machtiging
-- (every other ouder met gezag or voogd of the child, and the child when 12+ and wilsbekwaam).
-- Which questions are open follows from the rules on the day (a child turns 12, gezag changes),
-- so only answers are stored: one per machtiging, child and person asked. A "ja" also creates a
-- normal toestemming, which that person can withdraw like any other; a "nee" is kept so the
-- client can see it, and can later still become a "ja".
create table toestemmingsvraag (
    id              bigint generated always as identity primary key,
    machtiging_id   bigint not null references machtiging (id),
    over_id         bigint not null references persoon (id),
    gevraagd_aan_id bigint not null references persoon (id),
    antwoord        varchar(3) not null check (antwoord in ('JA', 'NEE')),
    beantwoord_op   timestamptz not null,
    toestemming_id  bigint references toestemming (id),
    unique (machtiging_id, over_id, gevraagd_aan_id),
    check ((antwoord = 'JA') = (toestemming_id is not null))
);
create index toestemmingsvraag_gevraagd_aan on toestemmingsvraag (gevraagd_aan_id);

-- The pages list toestemmingen and machtigingen per giver and receiver.
create index toestemming_gever on toestemming (gever_id);
create index toestemming_ontvanger on toestemming (ontvanger_id);
create index machtiging_client on machtiging (client_id);

-- A granted vernietiging (DOMAIN §3) removes what a stuk says for good. The row stays as a tombstone
-- without content, because the append-only audit log and earlier requests refer to its id, and the
-- dossier tells its readers that a stuk was destroyed and when. The check makes "destroyed" and
-- "empty" the same thing, so no code path can leave content behind in a tombstone.
alter table stuk
    add column vernietigd_op date,
    add column vernietigd_bij_verzoek_id bigint references verzoek (id),
    alter column datum drop not null,
    alter column soort drop not null,
    alter column auteur drop not null,
    alter column titel drop not null,
    alter column tekst drop not null,
    add constraint stuk_inhoud_of_vernietigd check (
        (vernietigd_op is null and vernietigd_bij_verzoek_id is null
            and datum is not null and soort is not null and auteur is not null and titel is not null and tekst is not null)
        or (vernietigd_op is not null and vernietigd_bij_verzoek_id is not null
            and datum is null and soort is null and auteur is null and titel is null and tekst is null));
create index stuk_vernietigd on stuk (dossier_id, vernietigd_op) where vernietigd_op is not null;

-- A vernietiging is about chosen stukken (verzoek_stuk), never about "everything". Requests filed
-- before this version named no stukken; they keep none, so granting one destroys nothing.
update verzoek set alle_stukken = false where soort = 'VERNIETIGING';
alter table verzoek
    add column deels_reden text,
    add constraint verzoek_vernietiging_gekozen check (soort <> 'VERNIETIGING' or not alle_stukken),
    -- Why the rest of a partly granted kopie or vernietiging was not granted, in plain language.
    add constraint verzoek_deels_reden check (deels_reden is null or status = 'DEELS_TOEGEWEZEN');

-- The stukken a kopie holds, so a later vernietiging can take a destroyed stuk out of it again.
create table kopie_stuk (
    kopie_id bigint not null references kopie (id),
    stuk_id  bigint not null references stuk (id),
    primary key (kopie_id, stuk_id)
);
create index kopie_stuk_stuk on kopie_stuk (stuk_id);

-- The stukken the jeugdbeschermer left out of a kopie granted in part (the reason is on the verzoek).
create table kopie_weggelaten (
    kopie_id bigint not null references kopie (id),
    stuk_id  bigint not null references stuk (id),
    primary key (kopie_id, stuk_id)
);

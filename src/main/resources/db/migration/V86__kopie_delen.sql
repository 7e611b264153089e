-- A kopie holds a stuk of which the requester may see only some delen (DOMAIN §2 rule 10) with
-- exactly those delen: what was given is kept per deel (its text, or why it was withheld), so the
-- kopie made again after a later vernietiging holds the same, whatever the GI registers later.
-- The vernietiging of the stuk deletes these rows in the same transaction.
create table kopie_deel (
    id       bigint generated always as identity primary key,
    kopie_id bigint not null references kopie (id),
    stuk_id  bigint not null references stuk (id),
    volgorde int    not null,
    tekst    text,
    reden    text,
    check ((tekst is null) <> (reden is null)),
    unique (kopie_id, stuk_id, volgorde)
);
create index kopie_deel_stuk on kopie_deel (stuk_id);

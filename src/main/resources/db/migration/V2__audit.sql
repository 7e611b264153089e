-- The access log (NEN 7513 style): who did what with whose data, when, and which rule decided.
-- One row per person whose data was touched, so each person can read the log about themselves.
create sequence audit_regel_seq increment by 50;

create table audit_regel (
    id          bigint primary key,
    tijdstip    timestamptz not null,
    actor_id    bigint references persoon (id),
    actor_rol   varchar(40) not null,
    namens_id   bigint references persoon (id),
    betreft_id  bigint references persoon (id),
    dossier_id  bigint references dossier (id),
    stuk_id     bigint references stuk (id),
    actie       varchar(40) not null,
    uitkomst    varchar(20) not null check (uitkomst in ('TOEGESTAAN', 'GEWEIGERD', 'GEWIJZIGD')),
    regel       varchar(40),
    toelichting varchar(1000)
);
create index audit_betreft_tijd on audit_regel (betreft_id, tijdstip desc);
create index audit_actor_tijd on audit_regel (actor_id, tijdstip desc);

-- Append-only in the database itself: not even the portal's own account can rewrite history.
create function audit_regel_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'audit_regel is alleen-toevoegen: % is niet toegestaan', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_regel_geen_wijziging
    before update or delete on audit_regel
    for each row execute function audit_regel_onveranderlijk();

create trigger audit_regel_geen_truncate
    before truncate on audit_regel
    for each statement execute function audit_regel_onveranderlijk();

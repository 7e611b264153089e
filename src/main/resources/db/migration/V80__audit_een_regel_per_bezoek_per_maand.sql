-- The access log for years (issues #17 and #18): one row per page view instead of one per stuk and
-- per person (a dossier page wrote about 27), the table partitioned by month so that a search for
-- one person in one period reads only those months, and a month past the retention term is dropped
-- as a whole instead of deleted row by row (which the log forbids anyway).
--
-- A row says who (actor_id, or actor_client for a system such as the registratie API), in which
-- role, on whose behalf (namens_id), whose data (betreft), which entries (stukken, or the dossier),
-- what (actie), when (tijdstip, UTC) and the outcome. A page view lists the stukken it showed and,
-- apart, the stukken it refused with the rule that decided each; the persons whose stukken were
-- only refused are kept apart too, so that the FG finds every refusal while the client's own page
-- does not get a line for every hidden stuk of a page someone else opened (DOMAIN §2 rule 8).
alter table audit_regel rename to audit_regel_per_stuk;
-- Indexes keep their names when their table is renamed; the new table needs those names.
alter index audit_regel_pkey rename to audit_regel_per_stuk_pkey;
alter index audit_actor_tijd rename to audit_regel_per_stuk_actor_tijd;
alter index audit_betreft_tijd rename to audit_regel_per_stuk_betreft_tijd;

create table audit_regel (
    id                bigint      not null default nextval('audit_regel_seq'),
    tijdstip          timestamptz not null,
    actor_id          bigint,
    actor_rol         varchar(40) not null,
    actor_client      varchar(100),
    namens_id         bigint,
    dossier_id        bigint,
    actie             varchar(40) not null,
    uitkomst          varchar(20) not null check (uitkomst in ('TOEGESTAAN', 'GEWEIGERD', 'GEWIJZIGD')),
    regel             varchar(40),
    toelichting       varchar(1000),
    betreft           bigint[]    not null default '{}',
    betreft_geweigerd bigint[]    not null default '{}',
    stukken           bigint[]    not null default '{}',
    stuk_regels       varchar(40)[] not null default '{}',
    geweigerd         bigint[]    not null default '{}',
    geweigerd_regels  varchar(40)[] not null default '{}',
    -- The partition key must be part of the key; newest first within a partition comes with it.
    primary key (tijdstip, id)
) partition by range (tijdstip);

-- "Who looked at the data of person P in period T": the months come from the partitions, the
-- person from this index. The FG also searches by actor, by system, by dossier and by stuk.
create index audit_betreft on audit_regel using gin (betreft, betreft_geweigerd);
create index audit_stukken on audit_regel using gin (stukken, geweigerd);
create index audit_actor_tijd on audit_regel (actor_id, tijdstip);
create index audit_client_tijd on audit_regel (actor_client, tijdstip) where actor_client is not null;
create index audit_dossier_tijd on audit_regel (dossier_id, tijdstip);

-- Row triggers on the partitioned table are cloned onto every partition, also later ones.
create trigger audit_regel_geen_wijziging
    before update or delete on audit_regel
    for each row execute function audit_regel_onveranderlijk();
-- A statement trigger is not cloned: every partition gets its own (audit_partitie below).
create trigger audit_regel_geen_truncate
    before truncate on audit_regel
    for each statement execute function audit_regel_onveranderlijk();
revoke update, delete, truncate on audit_regel from public;

-- The partition of the month holding {@code moment} (months in UTC, like tijdstip), made when it
-- is missing. Idempotent and safe when two instances ask at once.
create function audit_partitie(moment timestamptz) returns text language plpgsql as $$
declare
    begin_maand timestamp := date_trunc('month', moment at time zone 'UTC');
    naam text := 'audit_regel_' || to_char(begin_maand, 'YYYY_MM');
begin
    perform pg_advisory_xact_lock(hashtext('audit_regel partities'));
    if to_regclass(naam) is null then
        execute format('create table %I partition of audit_regel for values from (%L) to (%L)', naam,
            begin_maand at time zone 'UTC', (begin_maand + interval '1 month') at time zone 'UTC');
        execute format('create trigger audit_regel_geen_truncate before truncate on %I'
            || ' for each statement execute function audit_regel_onveranderlijk()', naam);
        execute format('revoke update, delete, truncate on %I from public', naam);
    end if;
    return naam;
end;
$$;

select audit_partitie(m)
from generate_series(
        date_trunc('month', coalesce((select min(tijdstip) from audit_regel_per_stuk), now()) at time zone 'UTC'),
        date_trunc('month', now() at time zone 'UTC') + interval '3 months',
        interval '1 month') as m;

-- The rows so far, folded the way they were written: the stukken of one page view (one statement,
-- so one tijdstip and one actor) become one row; any other event, written once per person, becomes
-- one row naming all those persons. The lowest old id is kept, so the order of the log stays.
insert into audit_regel (id, tijdstip, actor_id, actor_rol, namens_id, dossier_id, actie, uitkomst, regel,
                         toelichting, betreft, betreft_geweigerd, stukken, stuk_regels, geweigerd, geweigerd_regels)
select min(id), tijdstip, actor_id, actor_rol, namens_id, dossier_id,
       case when bool_or(actie = 'STUK_BEKEKEN') then 'STUK_BEKEKEN' else 'STUK_GEWEIGERD' end,
       case when bool_or(uitkomst = 'TOEGESTAAN') then 'TOEGESTAAN' else 'GEWEIGERD' end,
       null, null,
       coalesce(array_agg(distinct betreft_id) filter (where uitkomst = 'TOEGESTAAN' and betreft_id is not null), '{}'),
       coalesce(array_agg(distinct betreft_id) filter (where uitkomst = 'GEWEIGERD' and betreft_id is not null), '{}'),
       coalesce(array_agg(stuk_id order by stuk_id) filter (where uitkomst = 'TOEGESTAAN' and eerste), '{}'),
       coalesce(array_agg(regel order by stuk_id) filter (where uitkomst = 'TOEGESTAAN' and eerste), '{}'),
       coalesce(array_agg(stuk_id order by stuk_id) filter (where uitkomst = 'GEWEIGERD' and eerste), '{}'),
       coalesce(array_agg(regel order by stuk_id) filter (where uitkomst = 'GEWEIGERD' and eerste), '{}')
from (select a.*, row_number() over (partition by tijdstip, actor_id, stuk_id, actie order by id) = 1 as eerste
      from audit_regel_per_stuk a
      where actie in ('STUK_BEKEKEN', 'STUK_GEWEIGERD')) bekeken
group by tijdstip, actor_id, actor_rol, namens_id, dossier_id;

insert into audit_regel (id, tijdstip, actor_id, actor_rol, namens_id, dossier_id, actie, uitkomst, regel,
                         toelichting, betreft, stukken, stuk_regels, geweigerd, geweigerd_regels)
select min(id), tijdstip, actor_id, actor_rol, namens_id, dossier_id, actie, uitkomst, regel, toelichting,
       coalesce(array_agg(distinct betreft_id) filter (where betreft_id is not null), '{}'),
       case when uitkomst <> 'GEWEIGERD' and stuk_id is not null then array[stuk_id] else '{}' end,
       case when uitkomst <> 'GEWEIGERD' and stuk_id is not null then array[regel] else '{}' end,
       case when uitkomst = 'GEWEIGERD' and stuk_id is not null then array[stuk_id] else '{}' end,
       case when uitkomst = 'GEWEIGERD' and stuk_id is not null then array[regel] else '{}' end
from audit_regel_per_stuk
where actie not in ('STUK_BEKEKEN', 'STUK_GEWEIGERD')
group by tijdstip, actor_id, actor_rol, namens_id, dossier_id, actie, uitkomst, regel, toelichting, stuk_id;

-- Moved, not lost: every old row is in a new one. The old table (and its triggers) can go.
drop table audit_regel_per_stuk;

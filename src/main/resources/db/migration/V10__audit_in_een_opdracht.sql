-- The access log is written with one statement per page view (issue #7, performance): the portal
-- takes its ids straight from the sequence, one by one, instead of Hibernate's blocks of 50.
alter sequence audit_regel_seq increment by 1;
alter table audit_regel alter column id set default nextval('audit_regel_seq');

-- The log stands apart from the data it describes: it keeps ids, not links. Foreign keys here cost
-- five index look-ups for every row of every page view, and protect nothing: persons are never
-- deleted and a destroyed stuk keeps its empty row (V7). The log can now also be moved to its own
-- database, as NEN 7513 advises, without changing what is in it.
alter table audit_regel drop constraint audit_regel_actor_id_fkey;
alter table audit_regel drop constraint audit_regel_namens_id_fkey;
alter table audit_regel drop constraint audit_regel_betreft_id_fkey;
alter table audit_regel drop constraint audit_regel_dossier_id_fkey;
alter table audit_regel drop constraint audit_regel_stuk_id_fkey;

-- Messages are shown in the reader's language (issue #7). Both languages are written when the
-- message is made; messages from before this version have only the Dutch text, and the page shows
-- that, marked as Dutch.
alter table bericht add column onderwerp_en varchar(200);
alter table bericht add column tekst_en text;
alter table bericht add constraint bericht_engels_heel check ((onderwerp_en is null) = (tekst_en is null));

-- The dossier page counts a dossier's stukken and shows them newest first, 25 at a time (issue #7,
-- performance). Destroyed stukken never count; with them left out of the index, the count reads the
-- index only and a page reads 25 entries, however long the dossier.
create index stuk_dossier_levend on stuk (dossier_id, datum desc, id desc) where vernietigd_op is null;

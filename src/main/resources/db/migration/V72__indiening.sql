-- The submit limit (issue #18 item 1, #15 item 5) in PostgreSQL instead of one instance's memory:
-- one row per stored submission, written in the transaction that stored it, so refused or invalid
-- forms never count and every instance counts the same rows. Rows older than the window are
-- removed by the daily job.
create table indiening (
    id        bigint generated always as identity primary key,
    persoon_id bigint not null references persoon (id),
    tijdstip  timestamptz not null
);
create index indiening_persoon on indiening (persoon_id, tijdstip);

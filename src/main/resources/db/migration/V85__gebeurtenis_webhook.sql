-- The optional push of the feed (issue #12 item 7): when a webhook URL is configured, a worker
-- POSTs each event in feed order. One row says how far it got: the last volgnummer the receiver
-- accepted, and after a failure how often it tried and when it tries again. The worker locks this
-- row (FOR UPDATE SKIP LOCKED) for each event it sends, so with several instances one event is
-- sent by one instance at a time, and the next only after the previous was accepted.
create table gebeurtenis_webhook (
    id               smallint primary key check (id = 1),
    laatst_bezorgd   bigint not null default 0,
    pogingen         integer not null default 0,
    volgende_poging  timestamptz,
    laatste_fout     text
);
insert into gebeurtenis_webhook (id) values (1);

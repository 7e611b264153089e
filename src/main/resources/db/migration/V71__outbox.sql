-- Mail leaves after the transaction that decided to send it has committed (issue #13 item 4): the
-- transaction writes a row here, and a worker sends it, retrying with a growing wait, so a
-- rollback never mails and a mail server that is down delays mail instead of losing it.
create table outbox_mail (
    id               bigint generated always as identity primary key,
    aan              varchar(320) not null,
    onderwerp        varchar(300) not null,
    tekst            text not null,
    gemaakt_op       timestamptz not null,
    pogingen         integer not null default 0,
    volgende_poging  timestamptz not null,
    verstuurd_op     timestamptz,
    laatste_fout     text
);
-- The worker only ever looks for what is still to send, oldest first.
create index outbox_mail_wachtend on outbox_mail (volgende_poging) where verstuurd_op is null;

-- Reminders of terms (issue #18 item 2). One row per message sent: the unique key makes a second
-- run of the job, on this or another instance, send nothing again. The term's last day is part of
-- the key, so a term that moves (an extended request) is reminded of anew.
create table herinnering (
    id         bigint generated always as identity primary key,
    soort      varchar(30) not null,
    zaak_id    bigint not null,
    uiterlijk  date not null,
    stap       varchar(12) not null check (stap in ('HERINNERING', 'VERLOPEN')),
    persoon_id bigint not null references persoon (id),
    tijdstip   timestamptz not null,
    unique (soort, zaak_id, uiterlijk, stap)
);

-- DOMAIN §5: what was sent before a child's 16th and 18th birthday, so the daily run sends each once,
-- also when two instances run it at the same time (the primary key refuses the second).
create table keerpuntmelding (
    kind_id      bigint not null references persoon (id),
    keerpunt     varchar(10) not null check (keerpunt in ('ZESTIEN', 'ACHTTIEN')),
    verstuurd_op date not null,
    primary key (kind_id, keerpunt)
);

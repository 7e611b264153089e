-- A plan point may be about particular persons, as a stuk is (DOMAIN.md §2 rule 11: a plan point
-- about a third person follows rules 1 to 3). Without rows the point is about the family the plan is
-- made with, and everyone who sees the plan sees it.
create table planpunt_over (
    planpunt_id bigint not null references planpunt (id) on delete cascade,
    persoon_id  bigint not null references persoon (id),
    primary key (planpunt_id, persoon_id)
);
create index planpunt_over_persoon on planpunt_over (persoon_id);

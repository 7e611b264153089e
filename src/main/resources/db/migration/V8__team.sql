-- Teams (DOMAIN §1, §4): every jeugdbeschermer works in a team with one leidinggevende, who handles
-- Stap 2 of the complaints on that team's cases and sees only those cases. A person without a team
-- is not a jeugdbeschermer, or one no leidinggevende answers for yet.
create table team (
    id                bigint generated always as identity primary key,
    naam              varchar(100) not null unique,
    leidinggevende_id bigint not null references persoon (id)
);
create index team_leidinggevende on team (leidinggevende_id);

alter table persoon add column team_id bigint references team (id);
create index persoon_team on persoon (team_id);

-- A medewerker or vertrouwenspersoon the bronsysteem ended: from this day on they have no role in
-- the portal, and their login account is blocked.
alter table persoon add column beeindigd_op date;

-- The outbox also carries instructions to the login server (invite a new professional, block one
-- who left), so they too leave only after the commit and are tried again until they succeed.
alter table outbox_mail add column soort varchar(40) not null default 'MAIL';

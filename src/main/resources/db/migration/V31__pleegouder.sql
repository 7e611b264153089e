-- DOMAIN §4: pleegouders and others who care for the child may complain. The GI registers them as a
-- relation without gezag; it gives no dossier inzage (inzage.regels.Relatiesoort.PLEEGOUDER).
alter table relatie drop constraint relatie_soort_check;
alter table relatie add constraint relatie_soort_check check (soort in ('OUDER', 'VOOGD', 'VERTEGENWOORDIGER', 'PLEEGOUDER'));

-- DOMAIN §2 rule 10: a kopie of one stuk with the parts about other persons blacked out, asked
-- from the refusal of that stuk (verzoek.stuk_id names it); the jeugdbeschermer answers it by
-- splitting the stuk into delen.
alter table verzoek drop constraint verzoek_soort_check;
alter table verzoek add constraint verzoek_soort_check
    check (soort in ('KOPIE', 'CORRECTIE', 'VERNIETIGING', 'INFORMATIE', 'BEZWAAR', 'BEPERKING', 'ZWARTGELAKTE_KOPIE'));
alter table verzoek add constraint verzoek_zwartgelakt_stuk check (soort <> 'ZWARTGELAKTE_KOPIE' or stuk_id is not null);

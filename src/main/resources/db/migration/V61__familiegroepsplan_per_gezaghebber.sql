-- The familiegroepsplan right is each gezag-holder's own (DOMAIN §2 rule 11): one parent's choice to
-- waive does not bind the other, so there is one choice per gezag-holder instead of one per dossier.
alter table familiegroepsplan drop constraint familiegroepsplan_dossier_id_key;
alter table familiegroepsplan add constraint familiegroepsplan_per_gezaghebber unique (dossier_id, gekozen_door);

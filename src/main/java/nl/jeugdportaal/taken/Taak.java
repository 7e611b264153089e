package nl.jeugdportaal.taken;

import java.time.LocalDate;
import nl.jeugdportaal.taken.regels.Urgentie;

/** One thing waiting for a person, with where to do it. {@code dossier} is the child's name, or null. */
public record Taak(Soort soort, String wat, String dossier, LocalDate uiterlijk, Urgentie urgentie, String link) {
    public enum Soort { BERICHT, TOESTEMMINGSVRAAG, VERSLAG, TERMIJN, EVALUATIE, VERZOEK, KLACHT }

    public boolean teLaat() {
        return urgentie == Urgentie.TE_LAAT;
    }

    public boolean bijna() {
        return urgentie == Urgentie.BIJNA_TE_LAAT;
    }
}

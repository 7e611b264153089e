package nl.jeugdportaal.toestemming;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdportaal.registratie.Geldigheid;

/** What the machtiging page shows one person: the machtigingen they gave, and those they received. */
public record Machtigingpagina(
        boolean jeVorm,
        boolean magGeven,
        List<Keuze> vertrouwenspersonen,
        List<Regel> gegeven,
        List<Regel> gekregen,
        Machtigingsformulier invoer,
        Machtigingsformulier.Fouten fouten,
        String melding,
        String fout) {

    /**
     * One machtiging. {@code naam} is the other person: the vertrouwenspersoon for the client, the
     * client for the vertrouwenspersoon.
     */
    public record Regel(Long id, String naam, LocalDate vanaf, LocalDate tot, Geldigheid status, boolean intrekbaar,
            List<Dossierstand> dossiers) {
    }

    /** For one child dossier of the client: what the vertrouwenspersoon may see, and who still has to say yes. */
    public record Dossierstand(String kind, String zin, List<String> gevraagd) {
    }
}

package nl.jeugdportaal.identiteit;

import java.util.List;

/** What the start page shows one person: whom they are connected to, and who helps. */
public record Overzicht(
        String naam,
        String voornaam,
        boolean jeVorm,
        boolean medewerker,
        Dossierregel eigenDossier,
        List<Dossierregel> kinderen,
        List<Clientregel> clienten,
        List<Dossierregel> dossiers) {

    public record Dossierregel(
            Long kindId,
            String kindNaam,
            int leeftijd,
            String band,
            List<String> maatregelen,
            String jeugdbeschermer,
            String telefoon,
            String email) {
    }

    public record Clientregel(String naam, String sinds) {
    }

    public boolean heeftNiets() {
        return eigenDossier == null && kinderen.isEmpty() && clienten.isEmpty() && dossiers.isEmpty();
    }
}

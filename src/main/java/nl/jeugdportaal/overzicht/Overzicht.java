package nl.jeugdportaal.overzicht;

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
            String email,
            boolean planZichtbaar,
            String wissel) {
    }

    /** A client who gave a vertrouwenspersoon a machtiging, with the dossiers they may act on. */
    public record Clientregel(Long clientId, String naam, String sinds, List<Dossierlink> dossiers) {
    }

    public record Dossierlink(Long kindId, String kindNaam) {
    }

    public boolean heeftNiets() {
        return eigenDossier == null && kinderen.isEmpty() && clienten.isEmpty() && dossiers.isEmpty();
    }
}

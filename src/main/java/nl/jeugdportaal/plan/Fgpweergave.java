package nl.jeugdportaal.plan;

import java.util.List;

/** The family part of the familiegroepsplan page: the choice, the term that follows, the plan text. */
public record Fgpweergave(
        Long kindId,
        String kindNaam,
        boolean jeVorm,
        boolean medewerker,
        boolean voogdij,
        boolean magKiezen,
        String keuze,
        String keuzeTekst,
        String volgendeStap,
        boolean magSchrijven,
        List<Planweergave.Inbrengregel> versies) {

    /** The newest version of the parents' own plan, or null. */
    public Planweergave.Inbrengregel huidige() {
        return versies.isEmpty() ? null : versies.get(0);
    }
}

package nl.jeugdportaal.toestemming;

import java.time.LocalDate;
import nl.jeugdportaal.registratie.Geldigheid;
import nl.jeugdportaal.registratie.Toestemming;

/** One toestemming as the page and the API show it. {@code intrekbaar} only for its giver. */
public record Toestemmingregel(
        Long id,
        Long geverId,
        String gever,
        Long ontvangerId,
        String ontvanger,
        Long overId,
        String over,
        LocalDate vanaf,
        LocalDate tot,
        Geldigheid status,
        boolean intrekbaar) {

    static Toestemmingregel van(Toestemming t, Long ik, LocalDate vandaag) {
        Geldigheid status = t.geldigheid(vandaag);
        return new Toestemmingregel(t.id, t.gever.id, t.gever.naam(), t.ontvanger.id, t.ontvanger.naam(), t.over.id,
                t.over.naam(), t.vanaf, t.tot, status, t.gever.id.equals(ik) && status.intrekbaar());
    }
}

package nl.jeugdportaal.toestemming;

import java.util.List;
import java.util.Map;

/** What the toestemming page shows one person. */
public record Toestemmingpagina(
        boolean jeVorm,
        Toestemmingen toestemmingen,
        List<Vraag> vragen,
        List<Keuze> over,
        List<Keuze> aan,
        List<Uitleg> uitleg,
        Toestemmingsformulier invoer,
        Toestemmingsformulier.Fouten fouten,
        String melding,
        String fout,
        Map<Long, String> gevolgen) {

    /** Said next to a toestemming's withdraw button: what the receiver still sees afterwards; null when nothing to say. */
    public String gevolg(Long toestemmingId) {
        return gevolgen.get(toestemmingId);
    }

    /** Why this person may (or may not) give toestemming about someone, in the rules' words. */
    public record Uitleg(String naam, String reden) {
    }

    /**
     * A vertrouwenspersoon's question for toestemming (DOMAIN §2 rule 6).
     *
     * @param eerder what the person answered before, when it was no (or a withdrawn yes); null when open
     */
    public record Vraag(Long machtigingId, Long overId, String tekst, String eerder) {
    }
}

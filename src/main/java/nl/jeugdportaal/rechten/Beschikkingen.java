package nl.jeugdportaal.rechten;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.InzageService;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.rechten.regels.Rechtsgang;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukSoort;

/**
 * The court decisions of a dossier that a person may read, each with the last day for hoger beroep.
 * Which ones a person sees comes only from the inzage rules, so the appeal block never names a
 * beschikking its reader could not open.
 */
@ApplicationScoped
public class Beschikkingen {
    @Inject
    InzageService inzage;
    @Inject
    Clock clock;

    /** One beschikking: its title is the GI's record and stays Dutch. */
    public record Beschikking(String titel, LocalDate datum, LocalDate beroepUiterlijk, boolean beroepMogelijk) {
    }

    /** Newest first; empty when the dossier holds none this person may read. */
    @Transactional
    public List<Beschikking> zichtbaar(Kijker kijker, Long kindId) {
        List<Long> ids = Stuk.getEntityManager().createQuery("select s.id from Stuk s where s.dossier.kind.id = :kind"
                + " and s.soort = :soort and s.vernietigdOp is null", Long.class)
                .setParameter("kind", kindId).setParameter("soort", StukSoort.BESCHIKKING).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate vandaag = Inzageregels.vandaagInNederland(clock);
        return inzage.leesbaar(kijker, kindId, ids, kijker.actor(), Actie.STUK_BEKEKEN)
                .map(l -> l.stukken().stream()
                        .sorted(Comparator.comparing((Stuk s) -> s.datum).reversed())
                        .map(s -> new Beschikking(s.titel, s.datum, Rechtsgang.laatsteDagHogerBeroep(s.datum),
                                Rechtsgang.beroepMogelijk(s.datum, vandaag)))
                        .toList())
                .orElse(List.of());
    }
}

package nl.jeugdportaal.inzage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Onderwerp;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;

/**
 * The GI splits a stuk into delen in the portal (DOMAIN §2 rule 10), as the bronsysteem can through
 * the registratie API: each deel about its own persons, all of them persons of the stuk. From then
 * on every reader sees each deel they may see, and a withheld line for the others.
 */
@ApplicationScoped
public class Stukdelen {
    @Inject
    EntityManager em;
    @Inject
    Audit audit;

    /** One passage and whom it is about. */
    public record NieuwDeel(String tekst, Collection<Persoon> over) {
    }

    /**
     * Replaces the delen of {@code stuk} in the caller's transaction and logs it as a change to the
     * data of the stuk's persons, {@code waarom} (the verzoek that asked for it) in the log line. The
     * caller checked that every person of a deel is one of the stuk's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vastleggen(Stuk stuk, List<NieuwDeel> delen, Onderwerp waarom, Audit.Actor actor) {
        if (!stuk.delen.isEmpty()) {
            // The old passages go before the new ones are numbered: (stuk, volgorde) is unique.
            stuk.delen.clear();
            em.flush();
        }
        for (int i = 0; i < delen.size(); i++) {
            StukDeel deel = new StukDeel();
            deel.stuk = stuk;
            deel.volgorde = i;
            deel.tekst = delen.get(i).tekst();
            deel.over.addAll(delen.get(i).over());
            stuk.delen.add(deel);
        }
        audit.schrijf(actor, Audit.Gebeurtenis.over(waarom, Actie.STUK_IN_DELEN_GESPLITST, Uitkomst.GEWIJZIGD, stuk.dossier.id,
                stuk.id, null, stuk.over.stream().map(p -> p.id).toList()));
    }
}

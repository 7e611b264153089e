package nl.jeugdportaal.rechten;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdportaal.inzage.regels.Relatiesoort;
import nl.jeugdportaal.rechten.regels.Keerpunt;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.registratie.Wilsonbekwaamheid;
import nl.jeugdportaal.verzoek.Meldingen;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Tweetalig;

/**
 * Tells a child and the gezag-holders what changes before the 16th and the 18th birthday (DOMAIN
 * §5): a message in the portal and an e-mail that there is news. Meant to run once a day; the day is
 * a parameter, so a test (and a run that missed a day) chooses it. What was sent is recorded per
 * child and turning point, so a second run on the same or a later day sends nothing again.
 */
@ApplicationScoped
public class Keerpuntmeldingen {
    @Inject
    EntityManager em;
    @Inject
    Meldingen meldingen;

    /** How many messages were sent on {@code dag}. */
    @Transactional
    public int stuur(LocalDate dag) {
        // A coarse window in the database; the rule decides to the day.
        List<Persoon> kinderen = em.createQuery("select d.kind from Dossier d where d.kind.geboortedatum > :oudst"
                + " and d.kind.geboortedatum <= :jongst", Persoon.class)
                .setParameter("oudst", dag.minusYears(18).minusDays(2))
                .setParameter("jongst", dag.minusYears(16).plusMonths(1).plusDays(1)).getResultList();
        int verstuurd = 0;
        for (Persoon kind : kinderen) {
            for (Keerpunt keerpunt : Keerpunt.aanDeBeurt(kind.geboortedatum, dag)) {
                if (vastleggen(kind, keerpunt, dag)) {
                    verstuurd += meld(kind, keerpunt, dag);
                }
            }
        }
        return verstuurd;
    }

    /** True for the one run that records it; any other run (later, or at the same time) gets false. */
    private boolean vastleggen(Persoon kind, Keerpunt keerpunt, LocalDate dag) {
        return em.createNativeQuery("insert into keerpuntmelding (kind_id, keerpunt, verstuurd_op) values (?1, ?2, ?3)"
                + " on conflict do nothing").setParameter(1, kind.id).setParameter(2, keerpunt.name())
                .setParameter(3, dag).executeUpdate() == 1;
    }

    private int meld(Persoon kind, Keerpunt keerpunt, LocalDate dag) {
        boolean wilsonbekwaam = Wilsonbekwaamheid.count("persoon = ?1 and vanaf <= ?2 and (tot is null or tot >= ?2)",
                kind, dag) > 0;
        String naam = kind.voornaam;
        Tweetalig onderwerp = Tweetalig.van(t -> keerpunt == Keerpunt.ZESTIEN ? tekst(t).zestienOnderwerp()
                : tekst(t).achttienOnderwerp());
        String pad = keerpunt == Keerpunt.ZESTIEN ? "/toestemming" : "/plan/" + kind.id;
        meldingen.gewijzigd(kind, kind, "wat er verandert als je " + keerpunt.leeftijd() + " wordt", pad, onderwerp,
                Tweetalig.van(t -> keerpunt == Keerpunt.ZESTIEN
                        ? (wilsonbekwaam ? tekst(t).zestienWilsonbekwaamJe() : tekst(t).zestienJe())
                        : tekst(t).achttienJe() + (wilsonbekwaam ? " " + tekst(t).achttienMentorschapJe() : "")));
        List<Persoon> gezag = gezaghebbers(kind, dag);
        for (Persoon ouder : gezag) {
            meldingen.gewijzigd(ouder, ouder, "wat er verandert als " + naam + " " + keerpunt.leeftijd() + " wordt",
                    "/plan/" + kind.id, onderwerp, Tweetalig.van(t -> keerpunt == Keerpunt.ZESTIEN
                            ? (wilsonbekwaam ? tekst(t).zestienWilsonbekwaamU(naam) : tekst(t).zestienU(naam))
                            : tekst(t).achttienU(naam) + (wilsonbekwaam ? " " + tekst(t).achttienMentorschapU(naam) : "")));
        }
        return 1 + gezag.size();
    }

    /** The ouders met gezag and the voogd of the child on that day. */
    private static List<Persoon> gezaghebbers(Persoon kind, LocalDate dag) {
        List<Persoon> gezag = new ArrayList<>();
        for (Relatie r : Relatie.vanKinderen(List.of(kind))) {
            if (r.geldigOp(dag) && (r.soort == Relatiesoort.VOOGD || (r.soort == Relatiesoort.OUDER && r.gezag))) {
                gezag.add(r.persoon);
            }
        }
        return gezag;
    }

    private static RechtenTekst tekst(Taal taal) {
        return taal.bundel(RechtenTekst.class);
    }
}

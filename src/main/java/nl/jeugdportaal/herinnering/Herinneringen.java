package nl.jeugdportaal.herinnering;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.herinnering.regels.Herinneringsregels;
import nl.jeugdportaal.herinnering.regels.Herinneringsregels.Stap;
import nl.jeugdportaal.klacht.Klacht;
import nl.jeugdportaal.klacht.Klachtgesprek;
import nl.jeugdportaal.klacht.regels.Klachttermijnen;
import nl.jeugdportaal.outbox.Outbox;
import nl.jeugdportaal.plan.PlanService;
import nl.jeugdportaal.plan.Termijnen;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.tijd.regels.Tijdzone;
import nl.jeugdportaal.verzoek.Bericht;
import nl.jeugdportaal.verzoek.Verzoek;
import nl.jeugdportaal.verzoek.regels.Status;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Tweetalig;

/**
 * Sends the reminders of every running term once: a message in the portal's inbox and a mail
 * through the outbox to whoever must act, and to the leidinggevende once the term has passed.
 * Each message is recorded in {@code herinnering} first ({@code on conflict do nothing}), so a
 * job that runs twice, or on two instances, or again the next day, sends nothing a second time.
 * A term whose date moves (an extended verzoek) is a new term and gets its own reminder.
 */
@ApplicationScoped
public class Herinneringen {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance herinneringOnderwerp(String wat, boolean verlopen);

        static native TemplateInstance herinnering(String voornaam, String wat, boolean verlopen);
    }

    /** One term that is still open: whose action, by when, and where the case is in the portal. */
    record Termijn(Herinneringssoort soort, long zaak, LocalDate uiterlijk, Persoon doet, Persoon leidinggevende,
            String pad) {
        Persoon ontvanger(Stap stap) {
            return stap == Stap.VERLOPEN && leidinggevende != null ? leidinggevende : doet;
        }
    }

    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    PlanService plannen;
    @Inject
    MeterRegistry metrics;

    /** @return the number of messages sent now (each one recorded, so the next run skips it) */
    @Transactional
    public int verstuur() {
        LocalDate vandaag = LocalDate.now(clock.withZone(Tijdzone.NEDERLAND));
        int verstuurd = 0;
        for (Termijn t : openTermijnen(vandaag)) {
            Stap stap = Herinneringsregels.vandaag(t.uiterlijk(), false, vandaag).orElse(null);
            if (stap != null && legVast(t, stap)) {
                meld(t, stap);
                metrics.counter("jeugdportaal.herinneringen", "soort", t.soort().name(), "stap", stap.name()).increment();
                verstuurd++;
            }
        }
        return verstuurd;
    }

    /** Every term whose action has not been taken; a term that is done is simply not in this list. */
    private List<Termijn> openTermijnen(LocalDate vandaag) {
        List<Termijn> open = new ArrayList<>();
        for (Verzoek v : Verzoek.<Verzoek>list("select v from Verzoek v join fetch v.dossier d join fetch d.jeugdbeschermer"
                + " where v.status = ?1", Status.INGEDIEND)) {
            open.add(new Termijn(Herinneringssoort.VERZOEK_ANTWOORD, v.id, v.termijn().geldend(), v.dossier.jeugdbeschermer,
                    v.dossier.leidinggevende().orElse(null), "/verzoeken/" + v.id));
        }
        for (Klachtgesprek g : Klachtgesprek.<Klachtgesprek>list("select g from Klachtgesprek g join fetch g.klacht k"
                + " join fetch k.dossier d join fetch d.jeugdbeschermer where g.verslagOp is null")) {
            Dossier d = g.klacht.dossier;
            // Stap 2 is the leidinggevende's own gesprek, so the verslag is theirs to write.
            Persoon doet = g.stap == 2 ? d.leidinggevende().orElse(d.jeugdbeschermer) : d.jeugdbeschermer;
            open.add(new Termijn(Herinneringssoort.VERSLAG_KLACHTGESPREK, g.id, Klachttermijnen.verslagUiterlijk(g.datum),
                    doet, d.leidinggevende().orElse(null), "/klachten/" + g.klacht.id));
        }
        for (Klacht k : Klacht.<Klacht>list("select k from Klacht k join fetch k.dossier d join fetch d.jeugdbeschermer"
                + " where k.uitspraakOp is not null and k.reactieOp is null")) {
            open.add(new Termijn(Herinneringssoort.KJMN_REACTIE, k.id, Klachttermijnen.reactieUiterlijk(k.uitspraakOp),
                    k.dossier.jeugdbeschermer, k.dossier.leidinggevende().orElse(null), "/klachten/" + k.id));
        }
        for (Dossier d : Dossier.alle()) {
            for (Termijnen.Check c : plannen.termijnen(d, vandaag)) {
                Herinneringssoort soort = PLANTERMIJNEN.get(c.wat());
                if (soort != null && c.gedaan() == null && c.uiterlijk() != null) {
                    open.add(new Termijn(soort, d.id, c.uiterlijk(), d.jeugdbeschermer, d.leidinggevende().orElse(null),
                            "/plan/" + d.kind.id));
                }
            }
        }
        return open;
    }

    private static final Map<Termijnen.Wat, Herinneringssoort> PLANTERMIJNEN = Map.of(
            Termijnen.Wat.EERSTE_CONTACT, Herinneringssoort.EERSTE_CONTACT,
            Termijnen.Wat.PLAN_VAN_AANPAK, Herinneringssoort.PLAN_VAN_AANPAK,
            Termijnen.Wat.HULP, Herinneringssoort.HULP_GESTART,
            Termijnen.Wat.VERZOEK_VERLENGING, Herinneringssoort.VERLENGINGSVERZOEK);

    /** True for the one run that records this message; every later run (on any instance) gets false. */
    private boolean legVast(Termijn t, Stap stap) {
        return Panache.getEntityManager().createNativeQuery("insert into herinnering (soort, zaak_id, uiterlijk, stap,"
                + " persoon_id, tijdstip) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, t.soort().name()).setParameter(2, t.zaak()).setParameter(3, t.uiterlijk())
                .setParameter(4, stap.name()).setParameter(5, t.ontvanger(stap).id).setParameter(6, clock.instant())
                .executeUpdate() == 1;
    }

    private void meld(Termijn t, Stap stap) {
        Persoon aan = t.ontvanger(stap);
        boolean verlopen = stap == Stap.VERLOPEN;
        Bericht bericht = new Bericht();
        bericht.persoon = aan;
        bericht.pad = t.pad();
        bericht.tekst(Tweetalig.van(taal -> onderwerp(taal, t.soort(), verlopen)),
                Tweetalig.van(taal -> tekst(taal, t, verlopen)));
        bericht.tijdstip = clock.instant();
        bericht.persist();
        if (aan.email != null) {
            String wat = wat(Taal.NL.bundel(HerinneringTekst.class), t.soort());
            outbox.plaats(aan.email, Templates.herinneringOnderwerp(wat, verlopen), Templates.herinnering(aan.voornaam, wat, verlopen));
        }
    }

    private static String onderwerp(Taal taal, Herinneringssoort soort, boolean verlopen) {
        HerinneringTekst tekst = taal.bundel(HerinneringTekst.class);
        return verlopen ? tekst.onderwerpVerlopen(wat(tekst, soort)) : tekst.onderwerpBijna(wat(tekst, soort));
    }

    private static String tekst(Taal taal, Termijn t, boolean verlopen) {
        HerinneringTekst tekst = taal.bundel(HerinneringTekst.class);
        String wat = wat(tekst, t.soort());
        return verlopen ? tekst.tekstVerlopen(wat, taal.datum(t.uiterlijk()), t.doet().naam())
                : tekst.tekstBijna(wat, taal.datum(t.uiterlijk()));
    }

    private static String wat(HerinneringTekst tekst, Herinneringssoort soort) {
        return switch (soort) {
            case VERSLAG_KLACHTGESPREK -> tekst.verslagKlachtgesprek();
            case VERZOEK_ANTWOORD -> tekst.verzoekAntwoord();
            case KJMN_REACTIE -> tekst.kjmnReactie();
            case EERSTE_CONTACT -> tekst.eersteContact();
            case PLAN_VAN_AANPAK -> tekst.planVanAanpak();
            case HULP_GESTART -> tekst.hulpGestart();
            case VERLENGINGSVERZOEK -> tekst.verlengingsverzoek();
        };
    }
}

package nl.jeugdportaal.klacht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Onderwerp;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.klacht.regels.Klachtregels;
import nl.jeugdportaal.klacht.regels.Klachttermijnen;
import nl.jeugdportaal.klacht.regels.Route;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.verzoek.Meldingen;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Tweetalig;

/**
 * What filing, reading and the staff steps share: who the klager is and who handles the case, who may
 * open a complaint (a refusal is logged too), and how a change reaches the log, the event feed and the
 * klager's inbox.
 */
@ApplicationScoped
class Klachttoegang {
    @Inject
    Audit audit;
    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    Meldingen meldingen;
    @Inject
    Clock clock;

    Klachttermijnen termijnen() {
        return new Klachttermijnen(clock);
    }

    /**
     * The complaint when {@code mag} lets this person at it. A complaint that exists but is not theirs
     * (a forged id, another team's case) gives the same empty answer as an unknown id, and is logged
     * as a refusal with the klager as the person it is about.
     */
    Optional<Klacht> toegang(Kijker kijker, Long id, BiPredicate<Kijker, Klacht> mag) {
        Optional<Klacht> gevonden = Klacht.zoek(id);
        gevonden.filter(k -> !mag.test(kijker, k)).ifPresent(k -> audit.schrijf(kijker.actor(),
                new Audit.Gebeurtenis(Actie.KLACHT_NIET_GEOPEND, Uitkomst.GEWEIGERD, k.dossier.id, null, null,
                        Onderwerp.klacht(k.id).tekst() + ": geen toegang", List.of(k.klager.id))));
        return gevonden.filter(k -> mag.test(kijker, k));
    }

    /** One line in the audit log about this complaint, with the klager as the person it is about. */
    void schrijf(Kijker kijker, Klacht k, Actie actie, Uitkomst uitkomst, String wat) {
        audit.schrijf(kijker.actor(), Audit.Gebeurtenis.over(Onderwerp.klacht(k.id), actie, uitkomst, k.dossier.id, null,
                wat, List.of(k.klager.id)));
    }

    /** Tells the event feed that the complaint moved on a step. */
    void stapGemeld(Klacht k) {
        gebeurtenissen.meld(Gebeurtenissen.Soort.KLACHT_STAP, k.dossier.kind.id, k.klager.id, "/api/klachten/" + k.id);
    }

    /** A message for the inbox, written from the same bundle method in each language (dates in that language too). */
    @FunctionalInterface
    interface Bericht {
        /** {@code je}: the klager is a jeugdige who reads it themselves (DOMAIN §8). */
        String in(KlachtTekst tekst, Taal taal, boolean je);
    }

    void meld(Klacht k, Function<KlachtTekst, String> onderwerp, Bericht bericht) {
        // A vertrouwenspersoon reads the same message: an adult, so "u" as soon as she filed it.
        boolean je = !k.namens() && k.klager.leeftijdOp(termijnen().vandaag()) < 18;
        meldingen.gewijzigd(k.klager, k.indiener, "een klacht", "/klachten/" + k.id,
                Tweetalig.van(taal -> onderwerp.apply(taal.bundel(KlachtTekst.class))),
                Tweetalig.van(taal -> bericht.in(taal.bundel(KlachtTekst.class), taal, je)));
    }

    /** Whose complaint it is: the client when a vertrouwenspersoon acts namens them. */
    static Persoon klager(Kijker kijker) {
        return kijker.namens() == null ? kijker.persoon() : kijker.namens();
    }

    static boolean isKlager(Kijker kijker, Klacht k) {
        return klager(kijker).id.equals(k.klager.id);
    }

    /** The jeugdbeschermer on the case and the leidinggevende of the team, by {@link Klachtregels#behandelt}. */
    static boolean isBehandelaar(Kijker kijker, Klacht k) {
        return kijker.zaakrol(k.dossier).filter(Klachtregels::behandelt).isPresent();
    }

    /** The klager, and staff on the case (the FG looks on at every case). */
    static boolean magZien(Kijker kijker, Klacht k) {
        return isKlager(kijker, k) || kijker.zaakrol(k.dossier).isPresent();
    }

    static boolean magLeren(Kijker kijker) {
        return Klachtregels.magLeren(kijker.functies());
    }

    /** The stap whose klachtgesprek staff can register now, or null. */
    static Integer nieuwGesprekStap(Klacht k) {
        int stap = k.route == Route.STAP2 ? 2 : 1;
        return k.route == Route.KJMN || k.afgerond != null || k.gesprek(stap).isPresent() ? null : stap;
    }

    static void zet(Map<String, String> fouten, String veld, String fout) {
        if (fout != null) {
            fouten.put(veld, fout);
        }
    }
}

package nl.jeugdportaal.inzage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.regels.Besluit;
import nl.jeugdportaal.inzage.regels.Blik;
import nl.jeugdportaal.inzage.regels.Inzageantwoord;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Regel;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.inzage.regels.Stukvraag;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.SituatieBouwer;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;

/**
 * How one stuk is judged and logged, the same for the dossier page, a kopie and a request: the
 * question the rules get, the delen shown, and the log row.
 */
final class Stukbeoordeling {
    private Stukbeoordeling() {
    }

    /**
     * DOMAIN §2 rule 9: the viewer may see the child's data and the stuk is closed because of someone
     * else, so the page names its date and soort for them to ask for it.
     */
    static boolean doorIemandAnders(Besluit besluit, boolean magKind, String kind) {
        return magKind && besluit.regel() != Regel.AFGESCHERMD && besluit.persoon() != null
                && !besluit.persoon().equals(kind);
    }

    /**
     * DOMAIN §2 rule 10: a stuk the GI did not split, closed only because of someone else, can be
     * asked for with the other persons' parts blacked out. The page's offer and the check when the
     * request is filed both ask this.
     */
    static boolean zwartTeLakken(Besluit besluit, boolean magKind, String kind, List<StukDeel> delen) {
        return delen.isEmpty() && doorIemandAnders(besluit, magKind, kind);
    }

    static boolean magKind(Inzageregels regels, Situatie situatie, Blik blik, String kind, LocalDate vandaag) {
        return regels.beantwoord(situatie, blik, Stukvraag.over(Set.of(kind), false), vandaag).besluit().toegestaan();
    }

    /** DOMAIN §2 rule 10: every deel the reader may see, and a withheld line with its reason for each other deel. */
    static List<Dossierweergave.Deel> getoond(Inzageantwoord antwoord, List<StukDeel> stukDelen) {
        List<Dossierweergave.Deel> getoond = new ArrayList<>();
        for (int i = 0; i < stukDelen.size(); i++) {
            Besluit deel = antwoord.delen().get(i);
            getoond.add(deel.toegestaan() ? new Dossierweergave.Deel(true, alineas(stukDelen.get(i).tekst), null)
                    : new Dossierweergave.Deel(false, List.of(), deel.reden()));
        }
        return getoond;
    }

    /** The stuk as this page's single view sees it: the viewer's own, or acting for one client. */
    static Inzageantwoord beantwoord(Inzageregels regels, Situatie situatie, Kijker kijker, Stuk stuk,
            List<StukDeel> delen, LocalDate vandaag) {
        return regels.beantwoord(situatie, SituatieBouwer.blik(kijker.persoon(), kijker.namens()), vraag(stuk, delen), vandaag);
    }

    /** What the rules know of a stuk: its subjects, shielding, soort and delen (DOMAIN §2 rules 7, 10). */
    static Stukvraag vraag(Stuk stuk, List<StukDeel> delen) {
        return new Stukvraag(sleutels(stuk.over), stuk.afgeschermd, stuk.soort == null ? null : stuk.soort.name(),
                delen.stream().map(d -> sleutels(d.over)).toList());
    }

    static Set<String> sleutels(Collection<Persoon> personen) {
        return personen.stream().map(SituatieBouwer::sleutel).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /**
     * Each stuk of a view goes into its one log row, shown or refused, with the rule that decided. A
     * stuk shown in part is logged as shown, as being about the persons of its shown delen only; the
     * persons of its withheld delen are kept apart, as for a refusal.
     */
    static void logregel(Audit.Bezoek log, Stuk stuk, Inzageantwoord antwoord, List<StukDeel> stukDelen) {
        Besluit besluit = antwoord.besluit();
        List<Long> over = stuk.over.stream().map(p -> p.id).toList();
        if (besluit.toegestaan()) {
            log.gezien(stuk.id, besluit.regel().code(), over);
        } else if (antwoord.zichtbareDelen() > 0) {
            Set<Long> gezien = new java.util.LinkedHashSet<>();
            Set<Long> achtergehouden = new java.util.LinkedHashSet<>();
            for (int i = 0; i < stukDelen.size(); i++) {
                (antwoord.delen().get(i).toegestaan() ? gezien : achtergehouden)
                        .addAll(stukDelen.get(i).over.stream().map(p -> p.id).toList());
            }
            log.deels(stuk.id, besluit.regel().code(), gezien, achtergehouden);
        } else {
            log.geweigerd(stuk.id, besluit.regel().code(), over);
        }
    }

    static List<String> alineas(String tekst) {
        return Arrays.stream(tekst.split("\\n\\s*\\n")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }
}

package nl.jeugdportaal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.inzage.Kijker;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.web.Datums;

/** The parents' right to a familiegroepsplan (Jeugdwet 4.1.2) and what follows from their choice. */
@ApplicationScoped
public class FamiliegroepsplanService {
    static final String PAGINA = "familiegroepsplan";

    @Inject
    Gezinstoegang toegang;
    @Inject
    Inbrengen inbrengen;
    @Inject
    Audit audit;

    public record Antwoord(Fgpweergave weergave, String fout) {
    }

    @Transactional
    public Optional<Fgpweergave> weergave(Kijker kijker, Long kindId) {
        return toegang.voor(kijker, kindId, PAGINA).map(FamiliegroepsplanService::bouw);
    }

    /** Records "we make our own" or "we waive it"; a later choice replaces the earlier one. */
    @Transactional
    public Optional<Antwoord> kies(Kijker kijker, Long kindId, String keuze) {
        return toegang.voor(kijker, kindId, PAGINA).filter(Gezinstoegang.Toegang::magFgpKiezen).map(t -> {
            Familiegroepsplan.Keuze gekozen = keuze(keuze);
            if (gekozen == null) {
                return new Antwoord(bouw(t), "Kies een van de twee antwoorden.");
            }
            Familiegroepsplan fgp = Familiegroepsplan.vanDossier(t.dossier()).orElseGet(Familiegroepsplan::new);
            fgp.dossier = t.dossier();
            fgp.keuze = gekozen;
            fgp.gekozenDoor = t.kijker().persoon();
            fgp.gekozenOp = t.vandaag();
            fgp.persist();
            audit.schrijf(t.actor(), new Audit.Gebeurtenis(Actie.FAMILIEGROEPSPLAN_GEKOZEN, Uitkomst.GEWIJZIGD,
                    t.dossier().id, null, null, gekozen.name(), List.of(t.dossier().kind.id)));
            return new Antwoord(null, null);
        });
    }

    /** Only parents with gezag who chose to make their own plan can write it here. */
    @Transactional
    public Optional<Antwoord> schrijf(Kijker kijker, Long kindId, String tekst) {
        return toegang.voor(kijker, kindId, PAGINA).filter(FamiliegroepsplanService::magSchrijven).map(t -> {
            String fout = inbrengen.voegToe(t, Inbreng.Onderwerp.FAMILIEGROEPSPLAN, tekst);
            return new Antwoord(fout == null ? null : bouw(t), fout);
        });
    }

    private static Familiegroepsplan.Keuze keuze(String waarde) {
        for (Familiegroepsplan.Keuze k : Familiegroepsplan.Keuze.values()) {
            if (k.name().equals(waarde)) {
                return k;
            }
        }
        return null;
    }

    private static boolean magSchrijven(Gezinstoegang.Toegang t) {
        return t.magFgpKiezen() && Familiegroepsplan.vanDossier(t.dossier())
                .filter(f -> f.keuze == Familiegroepsplan.Keuze.ZELF_MAKEN).isPresent();
    }

    private static Fgpweergave bouw(Gezinstoegang.Toegang t) {
        Optional<Familiegroepsplan> fgp = Familiegroepsplan.vanDossier(t.dossier());
        boolean voogdij = t.dossier().lopendeMaatregelen(t.vandaag()).stream()
                .anyMatch(m -> m.soort == MaatregelSoort.VOOGDIJ);
        return new Fgpweergave(t.dossier().kind.id, t.dossier().kind.naam(), t.jeVorm(), t.medewerker(), voogdij,
                t.magFgpKiezen(), fgp.map(f -> f.keuze.name()).orElse(null),
                fgp.map(f -> f.keuze.label + ". Gekozen door " + f.gekozenDoor.naam() + " op " + Datums.lang(f.gekozenOp) + ".")
                        .orElse(null),
                fgp.map(FamiliegroepsplanService::volgendeStap).orElse(null), magSchrijven(t),
                Inbrengen.regels(Inbreng.van(t.dossier(), List.of(Inbreng.Onderwerp.FAMILIEGROEPSPLAN))));
    }

    /** The term that follows the choice (Jeugdwet 4.1.3): six weeks after waiving. */
    private static String volgendeStap(Familiegroepsplan f) {
        if (f.keuze == Familiegroepsplan.Keuze.AFZIEN) {
            return "De jeugdbeschermer maakt nu het plan van aanpak. Dat moet klaar zijn op of voor "
                    + Datums.lang(f.gekozenOp.plusWeeks(Termijnen.WEKEN_PLAN_VAN_AANPAK)) + ". Dat is 6 weken na de keuze.";
        }
        return "De ouders maken zelf een plan. De jeugdbeschermer leest het en kijkt of het past bij de zorgen."
                + " Afspraken over veiligheid horen er altijd in.";
    }
}

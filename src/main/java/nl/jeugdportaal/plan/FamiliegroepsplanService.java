package nl.jeugdportaal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.web.Taal;

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
    @Inject
    Gebeurtenissen gebeurtenissen;

    public record Antwoord(Fgpweergave weergave, String fout) {
    }

    @Transactional
    public Optional<Fgpweergave> weergave(Kijker kijker, Long kindId, Taal taal) {
        Teksten teksten = Teksten.in(taal);
        return toegang.voor(kijker, kindId, PAGINA).map(t -> bouw(t, teksten));
    }

    /** Records "we make our own" or "we waive it"; a later choice replaces the earlier one. */
    @Transactional
    public Optional<Antwoord> kies(Kijker kijker, Long kindId, String keuze, Taal taal) {
        Teksten teksten = Teksten.in(taal);
        return toegang.voor(kijker, kindId, PAGINA).filter(Gezinstoegang.Toegang::magFgpKiezen).map(t -> {
            Familiegroepsplan.Keuze gekozen = keuze(keuze);
            if (gekozen == null) {
                return new Antwoord(bouw(t, teksten), teksten.fgp().kiesEenAntwoord());
            }
            Familiegroepsplan fgp = eigen(t).orElseGet(Familiegroepsplan::new);
            fgp.dossier = t.dossier();
            fgp.keuze = gekozen;
            fgp.gekozenDoor = t.kijker().persoon();
            fgp.gekozenOp = t.vandaag();
            fgp.persist();
            audit.schrijf(t.actor(), new Audit.Gebeurtenis(Actie.FAMILIEGROEPSPLAN_GEKOZEN, Uitkomst.GEWIJZIGD,
                    t.dossier().id, null, null, gekozen.name(), List.of(t.dossier().kind.id)));
            gebeurtenissen.meld(Gebeurtenissen.Soort.FAMILIEGROEPSPLAN_KEUZE, t.dossier().kind.id, fgp.gekozenDoor.id, "/api/plannen/" + t.dossier().kind.id);
            return new Antwoord(null, null);
        });
    }

    /** Only parents with gezag who chose to make their own plan can write it here. */
    @Transactional
    public Optional<Antwoord> schrijf(Kijker kijker, Long kindId, String tekst, Taal taal) {
        Teksten teksten = Teksten.in(taal);
        return toegang.voor(kijker, kindId, PAGINA).filter(FamiliegroepsplanService::magSchrijven).map(t -> {
            String fout = inbrengen.voegToe(t, Inbreng.Onderwerp.FAMILIEGROEPSPLAN, tekst, teksten.plan());
            return new Antwoord(fout == null ? null : bouw(t, teksten), fout);
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

    /** This gezag-holder's own choice: each chooses for themselves (DOMAIN §2 rule 11). */
    private static Optional<Familiegroepsplan> eigen(Gezinstoegang.Toegang t) {
        return Familiegroepsplan.vanDossier(t.dossier()).stream()
                .filter(f -> f.gekozenDoor.id.equals(t.kijker().persoon().id)).findFirst();
    }

    private static boolean magSchrijven(Gezinstoegang.Toegang t) {
        return t.magFgpKiezen() && eigen(t).filter(f -> f.keuze == Familiegroepsplan.Keuze.ZELF_MAKEN).isPresent();
    }

    private static Fgpweergave bouw(Gezinstoegang.Toegang t, Teksten teksten) {
        List<Familiegroepsplan> keuzes = Familiegroepsplan.vanDossier(t.dossier());
        boolean voogdij = t.dossier().lopendeMaatregelen(t.vandaag()).stream()
                .anyMatch(m -> m.soort == MaatregelSoort.VOOGDIJ);
        String keuzeTekst = keuzes.isEmpty() ? null : keuzes.stream()
                .map(f -> teksten.fgp().gekozenDoor(teksten.keuze(f.keuze), f.gekozenDoor.naam(), teksten.datum(f.gekozenOp)))
                .collect(java.util.stream.Collectors.joining(" "));
        return new Fgpweergave(t.dossier().kind.id, t.dossier().kind.naam(), t.jeVorm(), t.medewerker(), voogdij,
                t.magFgpKiezen(), eigen(t).map(f -> f.keuze.name()).orElse(null), keuzeTekst,
                keuzes.isEmpty() ? null : volgendeStap(Familiegroepsplan.samen(keuzes, t.gezaghebbers()), teksten),
                magSchrijven(t),
                Inbrengen.regels(Inbreng.van(t.dossier(), List.of(Inbreng.Onderwerp.FAMILIEGROEPSPLAN)), teksten));
    }

    /**
     * The term that follows the choices (Jeugdwet 4.1.3): six weeks after the last gezag-holder waived;
     * until everyone chose, the term waits.
     */
    private static String volgendeStap(Optional<Familiegroepsplan.Samen> samen, Teksten teksten) {
        if (samen.isEmpty()) {
            return teksten.fgp().wachtOpAnderen();
        }
        if (samen.get().keuze() == Familiegroepsplan.Keuze.AFZIEN) {
            return teksten.fgp().stapNaAfzien(teksten.datum(samen.get().op().plusWeeks(Termijnen.WEKEN_PLAN_VAN_AANPAK)));
        }
        return teksten.fgp().stapZelfMaken();
    }
}

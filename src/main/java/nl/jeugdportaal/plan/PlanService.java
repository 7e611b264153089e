package nl.jeugdportaal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.inzage.DossierTekst;
import nl.jeugdportaal.inzage.Kijker;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Maatregel;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.web.Datums;
import nl.jeugdportaal.web.Taal;

/** Builds the plan page of a child for one viewer, and takes the family's opinion on it. */
@ApplicationScoped
public class PlanService {
    static final String PAGINA = "plan";

    private static final List<String[]> FASES = List.of(
            new String[] {"Verbinden en motiveren", "Samen kijken wat er aan de hand is. Samen een plan maken."},
            new String[] {"Ondersteunen en regievoeren", "Samen het plan uitvoeren. De jeugdbeschermer volgt de hulp."},
            new String[] {"Generaliseren en borgen", "Zorgen dat het goed blijft gaan, ook zonder jeugdbescherming."});

    @Inject
    Gezinstoegang toegang;
    @Inject
    Inbrengen inbrengen;
    @Inject
    Clock clock;

    /** The page, or the message next to the opinion field when the text was not accepted. */
    public record Antwoord(Planweergave weergave, String fout) {
    }

    @Transactional
    public Optional<Planweergave> weergave(Kijker kijker, Long kindId) {
        return toegang.voor(kijker, kindId, PAGINA).map(this::bouw);
    }

    /** Empty (so: not found) for whoever may not add an opinion, staff included. */
    @Transactional
    public Optional<Antwoord> geefMening(Kijker kijker, Long kindId, String tekst) {
        return toegang.voor(kijker, kindId, PAGINA).filter(Gezinstoegang.Toegang::magInbrengen).map(t -> {
            Optional<Plan> plan = Plan.vanDossier(t.dossier());
            String fout = inbrengen.voegToe(t, onderwerp(plan), tekst);
            return new Antwoord(fout == null ? null : bouw(t), fout);
        });
    }

    /** Before the plan is final parents give their opinion on it; after that, at each evaluation. */
    private static Inbreng.Onderwerp onderwerp(Optional<Plan> plan) {
        return plan.filter(p -> p.status == Plan.Status.DEFINITIEF).isPresent() ? Inbreng.Onderwerp.EVALUATIE
                : Inbreng.Onderwerp.PLAN;
    }

    private Planweergave bouw(Gezinstoegang.Toegang t) {
        Dossier dossier = t.dossier();
        Optional<Plan> gevonden = Plan.vanDossier(dossier);
        Optional<Familiegroepsplan> fgp = Familiegroepsplan.vanDossier(dossier);
        List<Maatregel> lopend = dossier.lopendeMaatregelen(t.vandaag());
        List<Planweergave.Maatregelregel> maatregelen = dossier.maatregelen.stream()
                .map(m -> new Planweergave.Maatregelregel(naam(m.soort), Datums.lang(m.begindatum),
                        m.einddatum == null ? "tot " + dossier.kind.voornaam + " 18 jaar wordt" : Datums.lang(m.einddatum),
                        m.loopt(t.vandaag()), Maatregeluitleg.einde(m.soort)))
                .toList();
        List<Planweergave.Termijnregel> termijnen = new Termijnen(clock)
                .controleer(feiten(dossier, gevonden.orElse(null), fgp.orElse(null), lopend)).stream()
                .map(PlanService::termijnregel).toList();
        List<Planweergave.Inbrengregel> meningen = Inbrengen.regels(
                Inbreng.van(dossier, List.of(Inbreng.Onderwerp.PLAN, Inbreng.Onderwerp.EVALUATIE)));
        String fgpKeuze = fgp.map(f -> f.keuze.label + " (" + f.gekozenDoor.naam() + ", " + Datums.lang(f.gekozenOp) + ")")
                .orElse(null);
        boolean jbt = Jeugdbeschermingstafel.volgende(dossier, t.vandaag()).isPresent();
        String kop = Maatregeluitleg.veranderKop(lopend);
        if (gevonden.isEmpty()) {
            return new Planweergave(dossier.kind.id, dossier.kind.naam(), dossier.kind.voornaam, t.jeVorm(),
                    t.medewerker(), t.magInbrengen(), maatregelen, false, null, null, List.of(), null, kop, null,
                    List.of(), List.of(), List.of(), termijnen, Inbreng.Onderwerp.PLAN.label, meningen, fgpKeuze, jbt);
        }
        Plan plan = gevonden.get();
        List<Planweergave.Fasestap> fases = fases(plan.fase);
        return new Planweergave(dossier.kind.id, dossier.kind.naam(), dossier.kind.voornaam, t.jeVorm(),
                t.medewerker(), t.magInbrengen(), maatregelen, true,
                plan.status == Plan.Status.DEFINITIEF ? "Definitief" : "Concept: nog niet definitief",
                Datums.lang(plan.volgendeEvaluatie), fases,
                "Fase " + plan.fase + " van 3: " + FASES.get(plan.fase - 1)[0] + ", sinds " + Datums.lang(plan.faseSinds) + ".",
                kop, plan.watMoetVeranderen,
                punten(plan, null, Planpunt.Soort.VOORWAARDE), punten(plan, Planpunt.Onderdeel.VEILIGHEIDSPLAN, null),
                punten(plan, Planpunt.Onderdeel.PLAN_VAN_AANPAK, null), termijnen, onderwerp(gevonden).label, meningen,
                fgpKeuze, jbt);
    }

    private static String naam(MaatregelSoort soort) {
        String label = Taal.NL.bundel(DossierTekst.class).maatregel(soort);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    static List<Planweergave.Fasestap> fases(int huidig) {
        return java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(n -> {
            String stand = n < huidig ? "Klaar" : n == huidig ? "Nu" : "Nog niet";
            String patroon = n < huidig ? "klaar" : n == huidig ? "nu" : "later";
            return new Planweergave.Fasestap(n, FASES.get(n - 1)[0], FASES.get(n - 1)[1], stand, patroon, n == huidig,
                    (n - 1) * 300);
        }).toList();
    }

    private static List<Planweergave.Punt> punten(Plan plan, Planpunt.Onderdeel onderdeel, Planpunt.Soort soort) {
        return plan.punten.stream()
                .filter(p -> onderdeel == null || p.onderdeel == onderdeel)
                .filter(p -> soort == null || p.soort == soort)
                .map(p -> new Planweergave.Punt(p.soort.label, p.tekst, p.status.label, p.status.name().toLowerCase()))
                .toList();
    }

    private static Termijnen.Feiten feiten(Dossier dossier, Plan plan, Familiegroepsplan fgp, List<Maatregel> lopend) {
        List<Termijnen.Einde> eindes = lopend.stream()
                .filter(m -> m.einddatum != null
                        && (m.soort == MaatregelSoort.OTS || m.soort == MaatregelSoort.MACHTIGING_UITHUISPLAATSING))
                .map(m -> new Termijnen.Einde(Maatregeluitleg.kort(m.soort), m.einddatum))
                .toList();
        return new Termijnen.Feiten(dossier.geopend,
                plan == null ? null : plan.eersteContactOp,
                fgp == null ? null : fgp.keuze, fgp == null ? null : fgp.gekozenOp,
                plan == null ? null : plan.planVanAanpakOp,
                plan == null ? null : plan.hulpGestartOp,
                eindes,
                plan == null ? Termijnen.Voornemen.NOG_OPEN : plan.voornemenEinde,
                plan == null ? null : plan.verzoekVerlengingOp,
                plan == null ? null : plan.besluitVerlengingOp,
                plan == null ? null : plan.raadIngelichtOp);
    }

    private static Planweergave.Termijnregel termijnregel(Termijnen.Check c) {
        String toelichting = switch (c.status()) {
            case OP_TIJD, TE_LAAT -> "Gebeurd op " + Datums.lang(c.gedaan()) + ".";
            case LOOPT -> c.dagenOver() == 0 ? "Vandaag is de laatste dag." : "Nog " + c.dagenOver() + " dagen.";
            case VERLOPEN -> "Dit is nog niet gebeurd.";
            case WACHT -> "Deze termijn loopt nu niet.";
        };
        return new Planweergave.Termijnregel(c.wat(), c.regel(), Datums.lang(c.uiterlijk()), c.status().label,
                c.status().name().toLowerCase().replace('_', '-'), toelichting, c.status().isProbleem());
    }
}

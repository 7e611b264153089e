package nl.jeugdportaal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.regels.Besluit;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Maatregel;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.web.Taal;

/** Builds the plan page of a child for one viewer, and takes the family's opinion on it. */
@ApplicationScoped
public class PlanService {
    static final String PAGINA = "plan";

    /** The three phases of the method (seed 001), in order; plan.fase counts from 1. */
    public enum Fase {
        VERBINDEN, ONDERSTEUNEN, BORGEN
    }

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
    public Optional<Planweergave> weergave(Kijker kijker, Long kindId, Taal taal) {
        Teksten teksten = Teksten.in(taal);
        return toegang.voor(kijker, kindId, PAGINA).map(t -> bouw(t, teksten));
    }

    /** Empty (so: not found) for whoever may not add an opinion, staff included. */
    @Transactional
    public Optional<Antwoord> geefMening(Kijker kijker, Long kindId, String tekst, Taal taal) {
        Teksten teksten = Teksten.in(taal);
        return toegang.voor(kijker, kindId, PAGINA).filter(Gezinstoegang.Toegang::magInbrengen).map(t -> {
            Optional<Plan> plan = Plan.vanDossier(t.dossier());
            String fout = inbrengen.voegToe(t, onderwerp(plan), tekst, teksten.plan());
            return new Antwoord(fout == null ? null : bouw(t, teksten), fout);
        });
    }

    /** Before the plan is final parents give their opinion on it; after that, at each evaluation. */
    private static Inbreng.Onderwerp onderwerp(Optional<Plan> plan) {
        return plan.filter(p -> p.status == Plan.Status.DEFINITIEF).isPresent() ? Inbreng.Onderwerp.EVALUATIE
                : Inbreng.Onderwerp.PLAN;
    }

    private Planweergave bouw(Gezinstoegang.Toegang t, Teksten teksten) {
        PlanTekst tekst = teksten.plan();
        Dossier dossier = t.dossier();
        Optional<Plan> gevonden = Plan.vanDossier(dossier);
        List<Familiegroepsplan> keuzes = Familiegroepsplan.vanDossier(dossier);
        Optional<Familiegroepsplan.Samen> fgp = Familiegroepsplan.samen(keuzes, t.gezaghebbers());
        List<Maatregel> lopend = dossier.lopendeMaatregelen(t.vandaag());
        List<Planweergave.Maatregelregel> maatregelen = dossier.maatregelen.stream()
                .map(m -> new Planweergave.Maatregelregel(teksten.maatregel(m.soort), teksten.datum(m.begindatum),
                        m.einddatum == null ? tekst.totAchttien(dossier.kind.voornaam) : teksten.datum(m.einddatum),
                        m.loopt(t.vandaag()), teksten.einde(m.soort)))
                .toList();
        List<Planweergave.Termijnregel> termijnen = new Termijnen(clock)
                .controleer(feiten(dossier, gevonden.orElse(null), fgp.orElse(null), lopend)).stream()
                .map(c -> termijnregel(c, teksten)).toList();
        List<Planweergave.Inbrengregel> meningen = Inbrengen.regels(
                Inbreng.van(dossier, List.of(Inbreng.Onderwerp.PLAN, Inbreng.Onderwerp.EVALUATIE)), teksten);
        String fgpKeuze = keuzes.isEmpty() ? null : keuzes.stream().map(f -> tekst.fgpKeuzeDoor(teksten.keuze(f.keuze),
                f.gekozenDoor.naam(), teksten.datum(f.gekozenOp))).collect(java.util.stream.Collectors.joining(" "));
        boolean jbt = Jeugdbeschermingstafel.volgende(dossier, t.vandaag()).isPresent();
        String kop = veranderKop(lopend, teksten);
        String inbrengMoment = teksten.onderwerp(onderwerp(gevonden));
        if (gevonden.isEmpty()) {
            return new Planweergave(dossier.kind.id, dossier.kind.naam(), dossier.kind.voornaam, t.jeVorm(),
                    t.medewerker(), t.magInbrengen(), maatregelen, false, null, null, List.of(), null, kop, null,
                    List.of(), List.of(), List.of(), termijnen, inbrengMoment, meningen, fgpKeuze, jbt);
        }
        Plan plan = gevonden.get();
        Fase fase = Fase.values()[plan.fase - 1];
        Map<Long, Besluit> geweigerd = toegang.geweigerdePunten(t, plan.punten);
        String verborgen = t.jeVorm() ? tekst.puntVerborgenJe() : tekst.puntVerborgenU();
        return new Planweergave(dossier.kind.id, dossier.kind.naam(), dossier.kind.voornaam, t.jeVorm(),
                t.medewerker(), t.magInbrengen(), maatregelen, true,
                plan.status == Plan.Status.DEFINITIEF ? tekst.planDefinitief() : tekst.planConcept(),
                teksten.datum(plan.volgendeEvaluatie), fases(plan.fase, teksten),
                tekst.faseTekst(plan.fase, teksten.faseNaam(fase), teksten.datum(plan.faseSinds)),
                kop, plan.watMoetVeranderen,
                punten(plan, null, Planpunt.Soort.VOORWAARDE, teksten, geweigerd, verborgen),
                punten(plan, Planpunt.Onderdeel.VEILIGHEIDSPLAN, null, teksten, geweigerd, verborgen),
                punten(plan, Planpunt.Onderdeel.PLAN_VAN_AANPAK, null, teksten, geweigerd, verborgen), termijnen,
                inbrengMoment, meningen,
                fgpKeuze, jbt);
    }

    /** Parents most often do not know what must change for the OTS to stop (seed 002 §2.2): ask it plainly. */
    private static String veranderKop(List<Maatregel> lopend, Teksten teksten) {
        PlanTekst tekst = teksten.plan();
        return lopend.stream().map(m -> m.soort)
                .filter(s -> s == MaatregelSoort.OTS || s == MaatregelSoort.VOTS)
                .findFirst()
                .map(s -> tekst.veranderKop(teksten.kort(s)))
                .orElse(lopend.isEmpty() ? tekst.veranderKopVoorbij() : tekst.veranderKopDoel());
    }

    private static List<Planweergave.Fasestap> fases(int huidig, Teksten teksten) {
        PlanTekst tekst = teksten.plan();
        return IntStream.rangeClosed(1, Fase.values().length).mapToObj(n -> {
            Fase fase = Fase.values()[n - 1];
            String stand = n < huidig ? tekst.faseKlaar() : n == huidig ? tekst.faseNu() : tekst.faseLater();
            String patroon = n < huidig ? "klaar" : n == huidig ? "nu" : "later";
            return new Planweergave.Fasestap(n, teksten.faseNaam(fase), teksten.faseWat(fase), stand, patroon,
                    n == huidig, (n - 1) * 300);
        }).toList();
    }

    /** A point about a third person this viewer may not see keeps its place and its kind, not its text. */
    private static List<Planweergave.Punt> punten(Plan plan, Planpunt.Onderdeel onderdeel, Planpunt.Soort soort,
            Teksten teksten, Map<Long, Besluit> geweigerd, String verborgen) {
        return plan.punten.stream()
                .filter(p -> onderdeel == null || p.onderdeel == onderdeel)
                .filter(p -> soort == null || p.soort == soort)
                .map(p -> geweigerd.containsKey(p.id)
                        ? new Planweergave.Punt(teksten.soort(p.soort), null, null, null, verborgen)
                        : new Planweergave.Punt(teksten.soort(p.soort), p.tekst, teksten.status(p.status),
                                p.status.name().toLowerCase(), null))
                .toList();
    }

    /** The legal terms of one dossier on {@code vandaag}, as the plan page shows them; the reminders use them too. */
    public List<Termijnen.Check> termijnen(Dossier dossier, LocalDate vandaag) {
        Optional<Familiegroepsplan.Samen> fgp = Familiegroepsplan.samen(Familiegroepsplan.vanDossier(dossier),
                toegang.gezaghebbers(dossier, vandaag));
        return new Termijnen(clock).controleer(feiten(dossier, Plan.vanDossier(dossier).orElse(null), fgp.orElse(null),
                dossier.lopendeMaatregelen(vandaag)));
    }

    private static Termijnen.Feiten feiten(Dossier dossier, Plan plan, Familiegroepsplan.Samen fgp, List<Maatregel> lopend) {
        List<Termijnen.Einde> eindes = lopend.stream()
                .filter(m -> m.einddatum != null
                        && (m.soort == MaatregelSoort.OTS || m.soort == MaatregelSoort.MACHTIGING_UITHUISPLAATSING))
                .map(m -> new Termijnen.Einde(m.soort, m.einddatum))
                .toList();
        eindes = Termijnen.verlengbaar(eindes, dossier.kind.geboortedatum.plusYears(18));
        return new Termijnen.Feiten(dossier.geopend,
                plan == null ? null : plan.eersteContactOp,
                fgp == null ? null : fgp.keuze(), fgp == null ? null : fgp.op(),
                plan == null ? null : plan.planVanAanpakOp,
                plan == null ? null : plan.hulpGestartOp,
                eindes,
                plan == null ? Termijnen.Voornemen.NOG_OPEN : plan.voornemenEinde,
                plan == null ? null : plan.verzoekVerlengingOp,
                plan == null ? null : plan.besluitVerlengingOp,
                plan == null ? null : plan.raadIngelichtOp);
    }

    private static Planweergave.Termijnregel termijnregel(Termijnen.Check c, Teksten teksten) {
        PlanTekst tekst = teksten.plan();
        String toelichting = switch (c.status()) {
            case OP_TIJD, TE_LAAT -> tekst.termijnGebeurdOp(teksten.datum(c.gedaan()));
            case LOOPT -> c.dagenOver() == 0 ? tekst.termijnLaatsteDag() : tekst.termijnNogDagen(c.dagenOver());
            case VERLOPEN -> tekst.termijnNietGebeurd();
            case WACHT -> tekst.termijnLooptNiet();
        };
        return new Planweergave.Termijnregel(teksten.wat(c), teksten.grond(c.grond()), teksten.datum(c.uiterlijk()),
                teksten.status(c.status()), c.status().name().toLowerCase().replace('_', '-'), toelichting,
                c.status().isProbleem());
    }
}

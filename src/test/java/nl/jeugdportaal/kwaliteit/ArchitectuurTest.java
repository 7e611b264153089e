package nl.jeugdportaal.kwaliteit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The layers of README "Architectuur", checked on the compiled portal: the facts at the bottom,
 * who acts above them, the shared web plumbing above that, the features on top, and the plain-Java
 * rules beside them all. Run alone with {@code ./mvnw test -Dtest=Architectuur*}; a failure names
 * the rule and the class that broke it.
 */
class ArchitectuurTest {
    private static final String BASIS = "nl.jeugdportaal.";
    private static final JavaClasses PORTAAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.jeugdportaal");

    /** The bottom layers, by top-level package; every other top-level package is a feature. */
    private static final Set<String> ONDERBOUW = Set.of("tijd", "database", "registratie", "audit", "outbox",
            "identiteit", "web");

    /**
     * Features that still use another feature, each as "feature -> other feature's class": the
     * debt of issue #13, written down so it can only shrink. A new use fails the test; a use that
     * is gone must be struck from this list.
     */
    private static final Set<String> BEKENDE_FEATUREKOPPELINGEN = Set.of(
            "betrokkenen -> plan.Gezinstoegang",
            "bronsysteem -> plan.Plan",
            "bronsysteem -> plan.Planpunt",
            "bronsysteem -> plan.Termijnen",
            "bronsysteem -> verzoek.VerzoekService",
            "demo -> betrokkenen.Betrokkene",
            "demo -> betrokkenen.JeugdbeschermerWissel",
            "demo -> klacht.Klacht",
            "demo -> klacht.Klachtgesprek",
            "demo -> klacht.Klachtonderdeel",
            "demo -> plan.Familiegroepsplan",
            "demo -> plan.Inbreng",
            "demo -> plan.Jeugdbeschermingstafel",
            "demo -> plan.Plan",
            "herinnering -> klacht.Klacht",
            "herinnering -> klacht.Klachtgesprek",
            "herinnering -> plan.PlanService",
            "herinnering -> plan.Termijnen",
            "herinnering -> verzoek.Bericht",
            "herinnering -> verzoek.Verzoek",
            "inzagelog -> inzage.DossierTekst",
            "inzagelog -> inzage.Dossierweergave",
            "inzagelog -> inzage.Filterinvoer",
            "klacht -> inzage.InzageService",
            "klacht -> rechten.Beschikkingen",
            "klacht -> verzoek.Meldingen",
            "klacht -> verzoek.VerzoekService",
            "overzicht -> betrokkenen.JeugdbeschermerWissel",
            "overzicht -> betrokkenen.WieIsWieResource",
            "overzicht -> inzage.DossierTekst",
            "overzicht -> plan.Gezinstoegang",
            "overzicht -> taken.Taak",
            "overzicht -> taken.TakenService",
            "overzicht -> taken.Werklijstfilter",
            "plan -> rechten.Beschikkingen",
            "rechten -> inzage.InzageService",
            "rechten -> verzoek.Meldingen",
            "scheduler -> herinnering.Herinneringen",
            "taken -> inzage.DossierTekst",
            "taken -> klacht.KlachtService",
            "taken -> klacht.Klachtweergaven",
            "taken -> plan.Gezinstoegang",
            "taken -> plan.Plan",
            "taken -> toestemming.ToestemmingService",
            "taken -> toestemming.Toestemmingpagina",
            "taken -> verzoek.Bericht",
            "taken -> verzoek.Verzoeken",
            "taken -> verzoek.Weergaven",
            "toestemming -> inzage.Intrekgevolg",
            "toestemming -> verzoek.Bericht",
            "verzoek -> inzage.Dossierweergave",
            "verzoek -> inzage.DossierTekst",
            "verzoek -> inzage.InzageService",
            "verzoek -> inzage.Stukdelen");

    @Test
    void geenPakketHangtViaAnderePakkettenAanZichzelf() {
        slices().matching("nl.jeugdportaal.(**)").as("de pakketten").should().beFreeOfCycles().check(PORTAAL);
    }

    @Test
    void deLagenGebruikenAlleenWatEronderLigt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("regels").definedBy(inRegels())
                .layer("fundament").definedBy("nl.jeugdportaal.tijd..", "nl.jeugdportaal.database..")
                .layer("registratie").definedBy(bovenaan("registratie"))
                .layer("audit").definedBy(bovenaan("audit").or(bovenaan("outbox")))
                .layer("identiteit").definedBy(bovenaan("identiteit"))
                .layer("web").definedBy(bovenaan("web"))
                .layer("features").definedBy(DescribedPredicate.describe("een feature",
                        (JavaClass c) -> feature(c).isPresent()))
                .whereLayer("regels").mayOnlyAccessLayers("regels")
                .whereLayer("fundament").mayNotAccessAnyLayer()
                .whereLayer("registratie").mayOnlyAccessLayers("regels", "fundament")
                .whereLayer("audit").mayOnlyAccessLayers("regels", "fundament", "registratie")
                .whereLayer("identiteit").mayOnlyAccessLayers("regels", "fundament", "registratie", "audit")
                .whereLayer("web").mayOnlyAccessLayers("regels", "fundament", "registratie", "audit", "identiteit")
                .check(PORTAAL);
    }

    /** The rules are plain Java, so they run in a unit test, in the pages and in scripts/policy-check alike. */
    @Test
    void deRegelsGebruikenGeenFramework() {
        noClasses().that(inRegels()).should().dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..", "io.smallrye..", "io.vertx..",
                        "org.eclipse.microprofile..")
                .because("regels zijn gewone Java (DEVELOPERS.md)").check(PORTAAL);
    }

    @Test
    void eenFeatureGebruiktGeenAndereFeatureBehalveDeBekendeSchuld() {
        Set<String> koppelingen = new TreeSet<>();
        for (JavaClass klasse : PORTAAL) {
            Optional<String> van = feature(klasse);
            for (Dependency d : klasse.getDirectDependenciesFromSelf()) {
                JavaClass doel = d.getTargetClass().getBaseComponentType();
                Optional<String> naar = feature(doel);
                if (van.isPresent() && naar.isPresent() && !van.equals(naar)) {
                    String bovenste = doel.getName().substring(doel.getPackageName().length() + 1).split("\\$")[0];
                    koppelingen.add(van.get() + " -> " + naar.get() + "." + bovenste);
                }
            }
        }
        Set<String> nieuw = new TreeSet<>(koppelingen);
        nieuw.removeAll(BEKENDE_FEATUREKOPPELINGEN);
        assertEquals(Set.of(), nieuw, "een feature gebruikt een andere feature: zet wat gedeeld wordt in registratie,"
                + " identiteit, web of een regels-pakket");
        Set<String> opgelost = new TreeSet<>(BEKENDE_FEATUREKOPPELINGEN);
        opgelost.removeAll(koppelingen);
        assertEquals(Set.of(), opgelost, "deze koppelingen zijn weg: haal ze uit BEKENDE_FEATUREKOPPELINGEN");
    }

    private static DescribedPredicate<JavaClass> inRegels() {
        return DescribedPredicate.describe("een regels-pakket", (JavaClass c) -> c.getPackageName().endsWith(".regels")
                || c.getPackageName().contains(".regels."));
    }

    private static DescribedPredicate<JavaClass> bovenaan(String pakket) {
        return DescribedPredicate.describe("pakket " + pakket, (JavaClass c) -> !inRegels().test(c)
                && (c.getPackageName() + ".").startsWith(BASIS + pakket + "."));
    }

    /** The feature a class belongs to: its top-level package, unless that is a bottom layer or it is a rule. */
    private static Optional<String> feature(JavaClass klasse) {
        String pakket = klasse.getPackageName();
        if (!pakket.startsWith(BASIS) || inRegels().test(klasse)) {
            return Optional.empty();
        }
        String bovenste = pakket.substring(BASIS.length()).split("\\.")[0];
        return ONDERBOUW.contains(bovenste) ? Optional.empty() : Optional.of(bovenste);
    }
}

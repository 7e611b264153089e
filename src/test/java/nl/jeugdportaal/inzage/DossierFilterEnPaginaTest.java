package nl.jeugdportaal.inzage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.testsupport.Demofeiten.StukFeit;
import nl.jeugdportaal.testsupport.Demofeiten;
import nl.jeugdportaal.testsupport.Dossierpagina.Dossierinhoud;
import nl.jeugdportaal.testsupport.Dossierpagina;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Sessies;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Finding a stuk: filter on soort and period, page through a long dossier newest first, and read
 * it in the form of address that fits the reader (DOMAIN.md §8: "je" for a jeugdige).
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class DossierFilterEnPaginaTest {

    @Inject
    Demofeiten feiten;

    private static final Sessies SESSIES = new Sessies();

    @Test
    void soortfilterToontAlleenDieSoortEnLaatDeRegelsVanDeInzageStaan() {
        assertGefilterd("sanne", "noor", "soort=GESPREKSVERSLAG", s -> s.soort() == StukSoort.GESPREKSVERSLAG);
        assertGefilterd("mark", "noor", "soort=BRIEF", s -> s.soort() == StukSoort.BRIEF);
    }

    @Test
    void periodefilterTeltBeginEnEindMee() {
        List<StukFeit> noor = feiten.stukken("noor");
        // A period whose first and last day each hold a stuk, so "vanaf" and "tot en met" are both inclusive.
        LocalDate tot = noor.get(5).datum();
        LocalDate van = noor.get(15).datum();
        assertGefilterd("sanne", "noor", "van=" + van + "&tot=" + tot,
                s -> !s.datum().isBefore(van) && !s.datum().isAfter(tot));
        assertGefilterd("sanne", "noor", "soort=GESPREKSVERSLAG&van=" + van,
                s -> s.soort() == StukSoort.GESPREKSVERSLAG && !s.datum().isBefore(van));
    }

    @Test
    void tweedePaginaGaatVerderWaarDeEersteOphoudtNieuwsteEerst() {
        Long noor = feiten.id("noor");
        Dossierpagina een = Dossierpagina.open(SESSIES.van("joost"), "/dossier/" + noor);
        Dossierpagina twee = Dossierpagina.open(SESSIES.van("joost"), "/dossier/" + noor + "?pagina=2");
        List<StukFeit> alle = feiten.stukken("noor");
        assertTrue(alle.size() > DossierweergaveService.PER_PAGINA, "Noors dossier is langer dan één pagina");

        assertEquals(2, een.paginas());
        assertEquals(1, een.pagina());
        assertEquals(2, twee.pagina());
        assertEquals(DossierweergaveService.PER_PAGINA, een.zichtbaar().size());
        assertEquals(alle.size() - DossierweergaveService.PER_PAGINA, twee.zichtbaar().size());
        assertTrue(een.html().contains("Volgende pagina") && twee.html().contains("Vorige pagina"));

        List<Long> samen = new ArrayList<>(een.zichtbaar());
        samen.addAll(twee.zichtbaar());
        assertEquals(alle.size(), new TreeSet<>(samen).size(), "pagina 2 herhaalt niets van pagina 1");
        Map<Long, LocalDate> datum = alle.stream().collect(Collectors.toMap(StukFeit::id, StukFeit::datum));
        List<LocalDate> datums = samen.stream().map(datum::get).toList();
        assertEquals(datums.stream().sorted((a, b) -> b.compareTo(a)).toList(), datums, "nieuwste eerst, over beide pagina's");
        assertEquals(alle.get(0).datum(), datums.get(0), "het nieuwste stuk staat bovenaan pagina 1");
    }

    @Test
    void jeugdigeWordtMetJeAangesproken() {
        Dossierinhoud daan = Dossierpagina.alle(SESSIES.van("daan"), feiten.id("daan"), "");
        String tekst = Html.tekst(daan.paginas().get(0).html());
        assertTrue(tekst.contains("Hier zie je wat er in het dossier staat"), tekst);
        assertFalse(tekst.contains("Hier ziet u"), tekst);
        assertFalse(daan.verborgen().isEmpty(), "Daan mag niet alles zien");
        for (Dossierpagina.Verborgen regel : daan.verborgen()) {
            assertTrue(regel.tekst().contains("kun je niet zien."), regel.tekst());
            for (String woord : List.of("u", "uw")) {
                assertFalse(Html.heeftWoord(regel.tekst(), woord), () -> "'" + woord + "' voor een jeugdige: " + regel.tekst());
            }
        }
        // The same stukken read by his mother speak to her as "u": the form follows the reader.
        Dossierinhoud linda = Dossierpagina.alle(SESSIES.van("linda"), feiten.id("daan"), "");
        assertTrue(linda.verborgen().stream().allMatch(r -> r.tekst().contains("kunt u niet zien.")));
    }

    @Test
    void onleesbareOfOmgekeerdePeriodeGeeftEenMeldingEnToontAlles() {
        Long noor = feiten.id("noor");
        long alle = feiten.stukken("noor").size();
        for (String filter : List.of("van=" + enc("3-2-2025"), "tot=" + enc("2025-02-30"), "van=gisteren",
                "van=" + LocalDate.now() + "&tot=" + LocalDate.now().minusYears(1))) {
            Dossierpagina pagina = Dossierpagina.open(SESSIES.van("sanne"), "/dossier/" + noor + "?" + filter);
            Document html = Jsoup.parse(pagina.html());
            assertFalse(html.select(".fout").isEmpty(), filter);
            assertFalse(html.select("[aria-invalid=true]").isEmpty(), filter);
            assertEquals(alle, pagina.totaal(), "een filter dat niet te lezen is, verbergt geen stukken: " + filter);
        }
    }

    /**
     * Opens every page of the filtered dossier and checks that exactly the matching stukken are listed,
     * those the viewer may see (by the inzage table) as stukken, the others as a line with a reason.
     */
    private void assertGefilterd(String login, String kind, String filter, Predicate<StukFeit> past) {
        var verwachting = DossierInzagePerRolTest.verwachting(login, kind);
        List<StukFeit> gevonden = feiten.stukken(kind, past);
        assertFalse(gevonden.isEmpty(), "het filter " + filter + " vindt iets in de demo");
        assertTrue(gevonden.size() < feiten.stukken(kind).size(), "het filter " + filter + " laat iets weg");

        Dossierinhoud pagina = Dossierpagina.alle(SESSIES.van(login), feiten.id(kind), filter);

        assertEquals(gevonden.size(), pagina.totaal(), filter);
        assertEquals(ids(gevonden.stream().filter(verwachting::mag).toList()), new TreeSet<>(pagina.zichtbaar()), filter);
        assertEquals(gevonden.stream().filter(s -> !verwachting.mag(s)).count(), pagina.aantalVerborgen(), filter);
    }

    private static Set<Long> ids(List<StukFeit> stukken) {
        return stukken.stream().map(StukFeit::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String enc(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }
}

package nl.jeugdportaal.verzoek;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.EigenDatabase;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Portaal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A granted vernietiging really destroys: the content of the stukken is gone from every table (and
 * from kopieën made before), a tombstone and the audit rows remain, the other stukken are untouched,
 * and ids that were not on the form are refused. Destroying cannot be undone, so this class works on
 * stukken it adds itself, in a database of its own.
 */
@QuarkusTest
@TestProfile(EigenDatabase.class)
@QuarkusTestResource(KeycloakTestResource.class)
class VernietigingTest {
    private static final Pattern VERZOEK_ID = Pattern.compile("/verzoeken/(\\d+)");

    @Inject
    MockMailbox mailbox;

    // ---- the whole path, checked in SQL -----------------------------------------------------------

    @Test
    void deelsToegewezenWistAllesVanDeGekozenStukkenEnNietsAnders() throws Exception {
        List<Long> stukken = maakStukken("VX1", 3);
        long a = stukken.get(0);
        long b = stukken.get(1);
        long c = stukken.get(2);
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");

        // Copies of stuk A's content elsewhere: its correction history, a correctie quoting it, an
        // eigen verklaring and a kopie PDF.
        long correctie = id(dien(sanne, "correctie", "stuk", a, "zin", "Inhoud-VX1-0 zin", "watFout",
                "Fout-VX1-0", "watMoetHetZijn", "Goed-VX1-0"));
        assertEquals(200, beslis(joost, correctie, "besluit", "TOEGEWEZEN", "motivatie", "Aangepast.",
                "nieuweTekst", "Inhoud-VX1-0 na correctie.").statusCode());
        HttpResponse<String> verklaring = sanne.open("/verklaringen/nieuw?kind=" + noor() + "&stuk=" + a);
        assertEquals(200, sanne.verstuur(verklaring, "/verklaringen", "kind", String.valueOf(noor()), "stuk",
                String.valueOf(a), "tekst", "Verklaring-VX1-0: dit klopt niet.").statusCode());
        long kopie = id(dien(sanne, "kopie", "alles", "nee", "stukken", a, "stukken", b, "stukken", c));
        beslis(joost, kopie, "besluit", "TOEGEWEZEN", "motivatie", "Hier is uw kopie.");
        assertTrue(pdfTekst(sanne, kopie).contains("Verklaring-VX1-0"), "de kopie hield de verklaring bij stuk A");
        long auditOverA = Database.auditRegelsOverStuk(a);
        String tekstB = tekst(b);

        // Filing: only stukken on the form, so not a stuk about Mark that Sanne may not see.
        long verzoeken = Database.lees(() -> Verzoek.count());
        HttpResponse<String> vreemd = dien(sanne, "vernietiging", "stukken", a, "stukken", demoStuk("Kennismaking met vader"),
                "toelichting", "Dit wil ik weg.", "gelezen", "ja");
        assertEquals(400, vreemd.statusCode());
        assertTrue(vreemd.body().contains("Kies alleen stukken uit de lijst."), vreemd.body());
        assertEquals(verzoeken, (long) Database.lees(() -> Verzoek.count()), "niets opgeslagen");
        long vernietiging = id(dien(sanne, "vernietiging", "stukken", a, "stukken", b, "toelichting",
                "Deze stukken kloppen niet meer.", "gelezen", "ja"));

        // Deciding: a stuk that was not asked for, or one of another dossier, is refused and nothing goes.
        for (long nietGevraagd : List.of(c, demoStuk("Huisbezoek: kennismaking met het gezin", "Daan"))) {
            HttpResponse<String> fout = beslis(joost, vernietiging, "besluit", "DEELS_TOEGEWEZEN", "motivatie", "Deels.",
                    "stukken", String.valueOf(nietGevraagd), "deelsReden", "Reden.");
            assertEquals(400, fout.statusCode());
            assertTrue(fout.body().contains("Kies alleen stukken uit de lijst."), fout.body());
        }
        assertNull(sql("select vernietigd_op from stuk where id = " + a).get(0)[0], "niets vernietigd bij een fout");
        String reden = "Stuk B gaat ook over de broer van Noor. Dat moeten we bewaren.";
        HttpResponse<String> besloten = beslis(joost, vernietiging, "besluit", "DEELS_TOEGEWEZEN", "motivatie",
                "We vernietigen één stuk.", "stukken", String.valueOf(a), "deelsReden", reden);
        assertEquals(200, besloten.statusCode(), besloten.body());

        // The tombstone: the id, the dossier, the day and the request. Nothing that says what it was.
        Object[] graf = sql("select titel, tekst, datum, soort, auteur, vernietigd_op, vernietigd_bij_verzoek_id"
                + " from stuk where id = " + a).get(0);
        for (int i = 0; i < 5; i++) {
            assertNull(graf[i], "kolom " + i + " van het vernietigde stuk");
        }
        assertEquals(vandaag().toString(), String.valueOf(graf[5]));
        assertEquals(vernietiging, ((Number) graf[6]).longValue());
        assertEquals(0L, aantal("select count(*) from stuk_over where stuk_id = " + a), "over wie het ging");
        assertEquals(0L, aantal("select count(*) from eigen_verklaring where stuk_id = " + a));
        assertEquals(0L, aantal("select count(*) from stuk_wijziging where stuk_id = " + a), "de oude versies");
        assertEquals(0L, aantal("select count(*) from verzoek where id = " + correctie
                + " and (zin is not null or wat_fout is not null or wat_moet_het_zijn is not null)"), "wat de correctie citeerde");
        assertEquals(List.of(), tabellenMet("VX1-0"), "de inhoud van stuk A staat nergens meer");
        String pdf = pdfTekst(sanne, kopie);
        assertFalse(pdf.contains("VX1-0"), "ook niet in de kopie van eerder");
        assertTrue(pdf.contains("Inhoud-VX1-1") && pdf.contains("Inhoud-VX1-2"), "die houdt de andere stukken");
        assertTrue(pdf.contains("Later vernietigd: 1 stuk uit deze kopie is op verzoek vernietigd."), pdf);

        // The other stukken are untouched.
        assertEquals(tekstB, tekst(b));
        assertEquals(4L, aantal("select count(*) from stuk_over where stuk_id in (" + b + ", " + c + ")"), "Noor en Sanne");
        // Within Noor's dossier: other tests may destroy stukken of families they registered themselves.
        assertEquals(0L, aantal("select count(*) from stuk where vernietigd_op is not null and id <> " + a
                + " and dossier_id = (select dossier_id from stuk where id = " + a + ")"));

        // The audit log kept its rows and logged the destruction as a decision: one row (V80), about
        // each person the stuk was about.
        assertTrue(Database.auditRegelsOverStuk(a) > auditOverA);
        assertEquals(1L, Database.auditRegelsOverStuk(Actie.STUK_VERNIETIGD, a));
        assertEquals(2, (int) Database.lees(() -> AuditRegel.<AuditRegel>find("actie = ?1 and een_van(stukken, ?2)",
                Actie.STUK_VERNIETIGD, a).singleResult().betreft.size()));
        assertEquals(1L, Database.lees(() -> AuditRegel.count("actie = ?1 and toelichting = ?2", Actie.VERZOEK_BESLOTEN,
                "verzoek " + vernietiging)));

        // Nobody sees stuk A again, by any way in.
        for (String wie : List.of("sanne", "joost", "peter")) {
            String dossier = Inlogsessie.als(Portaal.URL, wie).open("/dossier/" + noor()).body();
            assertFalse(dossier.contains("Vernietigtest VX1-0"), wie);
            assertTrue(dossier.contains("1 stuk is vernietigd op"), wie + " ziet dat er een stuk vernietigd is");
        }
        assertFalse(sanne.open("/api/dossiers/" + noor() + "/stukken?pagina=1").body().contains("\"stukId\":" + a + ","));
        assertEquals(404, sanne.open("/verklaringen/nieuw?kind=" + noor() + "&stuk=" + a).statusCode());
        assertFalse(sanne.open("/verzoeken/nieuw/correctie?kind=" + noor()).body().contains("value=\"" + a + "\""));
        long nieuweKopie = id(dien(sanne, "kopie", "alles", "ja"));
        beslis(joost, nieuweKopie, "besluit", "TOEGEWEZEN", "motivatie", "Hier is uw kopie.");
        try (PDDocument document = Loader.loadPDF(sanne.bytes("/verzoeken/" + nieuweKopie + "/kopie.pdf").body())) {
            List<String> titels = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titels.add(i.getTitle()));
            assertFalse(titels.contains(null) || titels.contains("Vernietigtest VX1-0"), titels.toString());
            assertTrue(titels.contains("Vernietigtest VX1-1"));
        }
        assertTrue(sanne.open("/inzagelog").body().contains("stuk, vernietigd op"), "het logboek noemt het vernietigde stuk");

        // The requester reads what happened and why, as a message too; the mail says only that there is news.
        String pagina = sanne.open("/verzoeken/" + vernietiging).body();
        assertTrue(pagina.contains("1 stuk is vernietigd."), pagina);
        assertTrue(pagina.contains("Deze stukken zijn niet vernietigd:") && pagina.contains("Vernietigtest VX1-1"));
        assertTrue(pagina.contains(reden));
        String berichten = sanne.open("/berichten").body();
        assertTrue(berichten.contains("1 stuk is vernietigd.") && berichten.contains("kopie aangepast"), berichten);
        assertTrue(mailbox.getMailsSentTo("sanne@demo.jeugdportaal.nl").stream().noneMatch(m -> m.getText().contains("VX1")));
    }

    @Test
    void alleenDeJeugdbeschermerVanDeZaakBeslistEnAfwijzenVernietigtNiets() {
        List<Long> stukken = maakStukken("VX2", 3);
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        Inlogsessie joost = Inlogsessie.als(Portaal.URL, "joost");
        long afgewezen = id(dien(sanne, "vernietiging", "stukken", stukken.get(0), "toelichting", "Weg ermee.", "gelezen", "ja"));
        HttpResponse<String> metVinkje = beslis(joost, afgewezen, "besluit", "AFGEWEZEN", "motivatie",
                "De Archiefwet verbiedt het.", "stukken", String.valueOf(stukken.get(0)));
        assertEquals(400, metVinkje.statusCode());
        assertTrue(metVinkje.body().contains("Haal dan de vinkjes weg."), metVinkje.body());
        beslis(joost, afgewezen, "besluit", "AFGEWEZEN", "motivatie", "De Archiefwet verbiedt het.");
        assertEquals("Vernietigtest VX2-0", sql("select titel from stuk where id = " + stukken.get(0)).get(0)[0]);

        long correctie = id(dien(sanne, "correctie", "stuk", stukken.get(1), "zin", "Inhoud-VX2-1", "watFout", "Fout.",
                "watMoetHetZijn", "Goed."));
        long toegewezen = id(dien(sanne, "vernietiging", "stukken", stukken.get(1), "stukken", stukken.get(2), "toelichting",
                "Weg ermee.", "gelezen", "ja"));
        Inlogsessie aisha = Inlogsessie.als(Portaal.URL, "aisha");
        assertEquals(404, aisha.open("/verzoeken/" + toegewezen).statusCode(), "niet de jeugdbeschermer van Noor");
        // Staff never write a client's words (DOMAIN §3), not even on their own case; a form of her own
        // (the toestemming page) gives her a valid CSRF token: the refusal is about the case, not the token.
        long sem = Database.id("Sem");
        long stukVanSem = Database.lees(() -> Stuk.<Stuk>find("dossier.kind.id", sem).firstResult().id);
        assertEquals(404, aisha.open("/verklaringen/nieuw?kind=" + sem + "&stuk=" + stukVanSem).statusCode());
        assertEquals(200, aisha.open("/toestemming").statusCode());
        assertEquals(404, aisha.post("/verzoeken/" + toegewezen + "/besluit", Map.of("besluit", "TOEGEWEZEN",
                "motivatie", "Weg.")).statusCode());
        assertEquals(0L, aantal("select count(*) from stuk where vernietigd_op is not null and titel is null and id in ("
                + stukken.get(1) + ", " + stukken.get(2) + ")"));
        assertEquals(200, beslis(joost, toegewezen, "besluit", "TOEGEWEZEN", "motivatie", "We vernietigen beide stukken.")
                .statusCode());
        assertEquals(2L, aantal("select count(*) from stuk where vernietigd_op is not null and titel is null and id in ("
                + stukken.get(1) + ", " + stukken.get(2) + ")"), "toegewezen: alle gevraagde stukken");
        assertEquals(List.of(), tabellenMet("VX2-1"));

        // A correctie still open about a destroyed stuk can only be refused, and says what happened.
        HttpResponse<String> aanpassen = beslis(joost, correctie, "besluit", "TOEGEWEZEN", "motivatie", "Aangepast.",
                "nieuweTekst", "Nieuwe tekst.");
        assertEquals(400, aanpassen.statusCode());
        assertTrue(aanpassen.body().contains("Dit stuk is vernietigd. U kunt het niet meer aanpassen."), aanpassen.body());
        assertEquals(200, beslis(joost, correctie, "besluit", "AFGEWEZEN", "motivatie", "Het stuk bestaat niet meer.")
                .statusCode());
        String correctiepagina = sanne.open("/verzoeken/" + correctie).body();
        assertTrue(correctiepagina.contains("Dit stuk is vernietigd op"), correctiepagina);
        assertFalse(correctiepagina.contains("/verklaringen/nieuw"), "geen eigen verklaring bij een stuk dat er niet meer is");
        assertEquals("Vernietigtest VX2-0", sql("select titel from stuk where id = " + stukken.get(0)).get(0)[0]);
    }

    // ---- the staff page and the result in a real browser ------------------------------------------

    @Test
    void beslissenEnHetResultaatZijnToegankelijk() {
        List<Long> stukken = maakStukken("VX3", 2);
        long verzoek = id(dien(Inlogsessie.als(Portaal.URL, "sanne"), "vernietiging", "stukken", stukken.get(0),
                "stukken", stukken.get(1), "toelichting", "Deze twee wil ik weg.", "gelezen", "ja"));
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/verzoeken/" + verzoek);
            browser.loginOpKeycloak("joost", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Verzoek: Vernietiging");
            browser.assertToegankelijk();
            browser.driver.findElement(By.id("b-deels")).click();
            browser.driver.findElement(By.id("motivatie")).sendKeys("We vernietigen een van de twee.");
            browser.driver.findElement(By.xpath("//button[text()='Besluit opslaan']")).click();
            browser.wacht.until(d -> !d.findElements(By.id("fout-stukken")).isEmpty());
            browser.assertToegankelijk();
            browser.driver.findElement(By.id("besluit-stuk-" + stukken.get(0))).click();
            browser.driver.findElement(By.id("deelsReden")).sendKeys("Het andere stuk gaat ook over de broer van Noor.");
            browser.driver.findElement(By.xpath("//button[text()='Besluit opslaan']")).click();
            browser.wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Besluit: Deels toegewezen"));
            assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains("1 stuk is vernietigd."));
            browser.assertToegankelijk();

            browser.driver.findElement(By.linkText("Uitloggen")).click();
            browser.wachtOpKop("U bent uitgelogd");
            browser.open(Portaal.URL + "/dossier/" + noor());
            browser.loginOpKeycloak("sanne", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Dossier van Noor");
            assertTrue(browser.driver.findElement(By.tagName("main")).getText().contains("Vernietigde stukken"));
            browser.assertToegankelijk();
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** Stukken about Noor and Sanne in Noor's dossier, each with a marker ("Inhoud-VX1-0") found nowhere else. */
    private static List<Long> maakStukken(String merk, int aantal) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Dossier dossier = Dossier.find("kind.voornaam", "Noor").singleResult();
            Persoon noor = Persoon.find("voornaam", "Noor").singleResult();
            Persoon sanne = Persoon.find("voornaam", "Sanne").singleResult();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                Stuk stuk = new Stuk();
                stuk.dossier = dossier;
                stuk.datum = vandaag().minusDays(i + 1);
                stuk.soort = StukSoort.GESPREKSVERSLAG;
                stuk.auteur = "Joost Mulder";
                stuk.titel = "Vernietigtest " + merk + "-" + i;
                stuk.tekst = "Inhoud-" + merk + "-" + i + ": moeder vertelde over haar schulden.";
                stuk.over.addAll(List.of(noor, sanne));
                stuk.persist();
                ids.add(stuk.id);
            }
            return ids;
        });
    }

    /** Files a request about Noor's dossier as its form would; {@code velden} are name, value pairs. */
    private static HttpResponse<String> dien(Inlogsessie sessie, String soort, Object... velden) {
        HttpResponse<String> formulier = sessie.open("/verzoeken/nieuw/" + soort + "?kind=" + noor());
        assertEquals(200, formulier.statusCode(), formulier.body());
        List<String> alles = new ArrayList<>(List.of("kind", String.valueOf(noor())));
        for (Object veld : velden) {
            alles.add(String.valueOf(veld));
        }
        return sessie.verstuur(formulier, "/verzoeken/nieuw/" + soort, alles.toArray(String[]::new));
    }

    private static HttpResponse<String> beslis(Inlogsessie jeugdbeschermer, long verzoek, String... velden) {
        HttpResponse<String> pagina = jeugdbeschermer.open("/verzoeken/" + verzoek);
        assertEquals(200, pagina.statusCode(), pagina.body());
        return jeugdbeschermer.verstuur(pagina, "/verzoeken/" + verzoek + "/besluit", velden);
    }

    private static long id(HttpResponse<String> verzoekpagina) {
        Matcher m = VERZOEK_ID.matcher(verzoekpagina.uri().getPath());
        assertTrue(m.find(), () -> "geen verzoekpagina: " + verzoekpagina.uri() + "\n" + verzoekpagina.body());
        return Long.parseLong(m.group(1));
    }

    private static String pdfTekst(Inlogsessie sessie, long verzoek) throws Exception {
        HttpResponse<byte[]> pdf = sessie.bytes("/verzoeken/" + verzoek + "/kopie.pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /**
     * Every table and text column in which this text still occurs, the audit log included. The kopie
     * PDFs are binary and compressed: {@link #pdfTekst} reads those.
     */
    @SuppressWarnings("unchecked")
    private static List<String> tabellenMet(String tekst) {
        List<String> gevonden = new ArrayList<>();
        for (Object[] kolom : sql("select table_name, column_name from information_schema.columns"
                + " where table_schema = current_schema() and data_type in ('text', 'character varying')")) {
            if (aantal("select count(*) from \"" + kolom[0] + "\" where \"" + kolom[1] + "\" like '%" + tekst + "%'") > 0) {
                gevonden.add(kolom[0] + "." + kolom[1]);
            }
        }
        return gevonden;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> sql(String query) {
        return Database.lees(() -> ((List<Object>) Panache.getEntityManager().createNativeQuery(query).getResultList())
                .stream().map(r -> r instanceof Object[] rij ? rij : new Object[] {r}).toList());
    }

    private static long aantal(String query) {
        return ((Number) sql(query).get(0)[0]).longValue();
    }

    private static String tekst(long stuk) {
        return (String) sql("select tekst from stuk where id = " + stuk).get(0)[0];
    }

    private static long demoStuk(String titel) {
        return demoStuk(titel, "Noor");
    }

    private static long demoStuk(String titel, String kind) {
        return Database.lees(() -> Stuk.<Stuk>find("titel = ?1 and dossier.kind.voornaam = ?2", titel, kind)
                .singleResult().id);
    }

    private static long noor() {
        return Database.id("Noor");
    }

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}

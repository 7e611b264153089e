package nl.jeugdportaal.inzage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import nl.jeugdportaal.testsupport.Dossierpagina;
import nl.jeugdportaal.testsupport.EigenDatabase;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.Testdossiers;
import org.junit.jupiter.api.Test;

/**
 * A dossier page costs the same number of SQL statements whether the dossier holds 20 stukken or
 * 2,000: no statement per stuk or per person ("N+1"), and paging happens in the database.
 *
 * <p>Counted with Hibernate's statistics (enabled for the test profile in application.properties)
 * around one real request. A page view is one audit row whatever it shows (V80), so any difference
 * left is the page's reading scaling with the dossier.
 */
@QuarkusTest
@TestProfile(EigenDatabase.class)
@QuarkusTestResource(KeycloakTestResource.class)
class DossierZonderNPlusEenTest {

    /**
     * Today a page costs about 11: the login's person, the dossier, five reads of the facts the rules
     * need, the page's ids with the count (and whether its stukken have delen, eigen verklaringen or an
     * original), its stukken with their subjects, and the one audit row; the delen, the eigen
     * verklaringen and the destroyed stukken cost one read each, only where there are any. The bound
     * leaves room for a few more fixed reads, never for one per stuk.
     */
    private static final long GRENS = 20;

    @Inject
    Testdossiers testdossiers;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void eenPaginaKostEvenveelStatementsBij20EnBij2000Stukken() {
        Statistics statistieken = sessionFactory.getStatistics();
        assertTrue(statistieken.isStatisticsEnabled(), "%test.quarkus.hibernate-orm.statistics=true ontbreekt");
        // 20 stukken, half of them also about the father.
        Long klein = testdossiers.maak("90000010", 20, i -> i % 2 == 0);
        // 2,000 stukken about child and mother.
        Long groot = testdossiers.maak("90000020", 2000, i -> false);
        // The FG is on every case, so no demo login needs a relation with these children.
        Inlogsessie peter = Inlogsessie.als(Portaal.URL, "peter");
        // Warm up: the first page after start also loads templates and checks this month's audit partition.
        statements(peter, "/dossier/" + klein, 20);
        statements(peter, "/dossier/" + groot, 25);

        long bijTwintig = statements(peter, "/dossier/" + klein, 20);
        long bijTweeduizend = statements(peter, "/dossier/" + groot, 25);
        long laatstePagina = statements(peter, "/dossier/" + groot + "?pagina=80", 25);

        assertEquals(bijTwintig, bijTweeduizend, "20 stukken: " + bijTwintig + ", 2.000 stukken: " + bijTweeduizend);
        assertEquals(bijTweeduizend, laatstePagina, "pagina 80 kost evenveel als pagina 1");
        assertTrue(bijTweeduizend <= GRENS, bijTweeduizend + " statements voor één pagina");
    }

    /** The SQL statements Hibernate prepared while the portal answered this one request. */
    private long statements(Inlogsessie sessie, String pad, int verwachtOpPagina) {
        Statistics statistieken = sessionFactory.getStatistics();
        long voor = statistieken.getPrepareStatementCount();
        Dossierpagina pagina = Dossierpagina.open(sessie, pad);
        long na = statistieken.getPrepareStatementCount();
        assertEquals(verwachtOpPagina, pagina.zichtbaar().size(), pad);
        return na - voor;
    }
}

package nl.jeugdportaal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Collection;

/** Assertions on what a refused request gives away. */
public final class Antwoorden {
    private Antwoorden() {
    }

    /**
     * The portal's plain "page does not exist" answer, the same whether the thing exists or not, and
     * without any of the given names or titles in it.
     */
    public static void assertNietGevondenZonder(HttpResponse<String> antwoord, Collection<String> geheimen) {
        String wat = antwoord.request().uri().toString();
        assertEquals(404, antwoord.statusCode(), () -> wat + " gaf " + antwoord.statusCode() + ":\n" + antwoord.body());
        assertTrue(antwoord.body().contains("Deze pagina bestaat niet"), () -> wat + ":\n" + antwoord.body());
        String tekst = Html.tekst(antwoord.body());
        for (String geheim : geheimen) {
            assertFalse(Html.heeftWoord(tekst, geheim), () -> wat + " noemt '" + geheim + "':\n" + tekst);
        }
    }
}

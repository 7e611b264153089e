package nl.jeugdportaal.bronsysteem;

import java.util.List;
import nl.jeugdportaal.bronsysteem.regels.Fout;

/**
 * A refused call of the registratie API, answered as application/problem+json (RFC 9457). Thrown
 * inside the transaction, so a refused call changes nothing.
 */
public class Probleem extends RuntimeException {
    public static final String MEDIA_TYPE = "application/problem+json";

    public final int status;
    public final String soort;
    public final String titel;
    public final List<Fout> fouten;

    Probleem(int status, String soort, String titel, List<Fout> fouten) {
        super(titel, null, false, false);
        this.status = status;
        this.soort = soort;
        this.titel = titel;
        this.fouten = fouten;
    }

    static Probleem ongeldig(List<Fout> fouten) {
        return new Probleem(400, "ongeldige-invoer", "De invoer klopt niet; zie fouten voor elk veld.", fouten);
    }

    static Probleem onbekendeVerwijzing(List<Fout> fouten) {
        return new Probleem(422, "onbekende-verwijzing", "De invoer verwijst naar iets dat nooit is geregistreerd.", fouten);
    }

    static Probleem conflict(String veld, String melding) {
        return new Probleem(409, "conflict", melding, List.of(new Fout(veld, melding)));
    }

    static Probleem nietGevonden(String wat) {
        return new Probleem(404, "niet-gevonden", wat + " is nooit geregistreerd.", null);
    }

    static Probleem vernietigd() {
        return new Probleem(410, "vernietigd", "Dit stuk is vernietigd; er is niets meer van over.", null);
    }

    static Probleem verouderd() {
        return new Probleem(412, "verouderd", "Het object is gewijzigd sinds u het las (If-Match klopt niet meer).", null);
    }

    static Probleem teGroot(String grens) {
        return new Probleem(413, "te-groot", "De body is te groot: ten hoogste " + grens + ".", null);
    }

    static Probleem verkeerdType(String verwacht) {
        return new Probleem(415, "verkeerd-type", "Stuur de body als " + verwacht + ".", null);
    }

    /** The body of the answer, in the order RFC 9457 lists the members. */
    public record Body(String type, String title, int status, List<Fout> fouten) {
    }

    Body body() {
        return new Body("urn:jeugdportaal:registratie:" + soort, titel, status, fouten);
    }
}

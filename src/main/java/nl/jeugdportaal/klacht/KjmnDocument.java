package nl.jeugdportaal.klacht;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.web.Datums;
import nl.jeugdportaal.web.PdfSchrijver;
import nl.jeugdportaal.web.Taal;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The complaint as the KJMN needs it (DOMAIN §4): who complains and how to reach them, the
 * klachtonderdelen, and what happened in Stap 1 and Stap 2. The portal cannot send it to the
 * independent commission itself; the client or the GI sends this PDF.
 */
final class KjmnDocument {
    private static final float TEKST = PdfSchrijver.TEKST;

    private KjmnDocument() {
    }

    static byte[] maak(Klacht k) {
        try (PDDocument pdf = new PDDocument()) {
            PdfSchrijver s = new PdfSchrijver(pdf);
            s.kop("Klacht voor de Klachtencommissie Jeugd Midden-Nederland (KJMN)", 16);
            s.kop("Contactgegevens", 13);
            s.alinea("Klager: " + contact(k.klager), TEKST);
            if (k.namens()) {
                s.alinea("Ingediend door de vertrouwenspersoon: " + contact(k.indiener), TEKST);
            }
            s.alinea("Over het dossier van: " + k.dossier.kind.naam(), TEKST);
            s.alinea("Jeugdbeschermer: " + contact(k.dossier.jeugdbeschermer), TEKST);
            s.alinea("Klacht ingediend op: " + Datums.lang(k.ingediend) + "."
                    + (k.kjmnIngediend == null ? "" : " Naar de KJMN gestuurd op: " + Datums.lang(k.kjmnIngediend) + "."), TEKST);
            s.kop("De klacht in eigen woorden", 13);
            s.alinea(k.tekst, TEKST);
            s.kop("Klachtonderdelen (" + k.onderdelen.size() + ")", 13);
            for (Klachtonderdeel o : k.onderdelen) {
                s.alinea(o.volgnummer + ". " + o.tekst, TEKST);
            }
            s.kop("Wat er al gebeurd is", 13);
            if (k.gesprekken.isEmpty()) {
                s.alinea("De klager ging direct naar de KJMN. Er was geen klachtgesprek.", TEKST);
            }
            for (Klachtgesprek g : k.gesprekken) {
                s.alinea("Stap " + g.stap + ": klachtgesprek op " + Datums.lang(g.datum) + " met " + g.deelnemers + ".", TEKST);
                s.alinea("Verslag: " + (g.verslag == null ? "nog niet gemaakt (uiterlijk " + Datums.lang(g.verslagUiterlijk()) + ")"
                        : "gemaakt op " + Datums.lang(g.verslagOp) + ". " + g.verslag), TEKST);
                if (g.gecorrigeerdVerslag != null) {
                    s.alinea("Verbeterd verslag: " + g.gecorrigeerdVerslag, TEKST);
                }
                if (g.reactie != null) {
                    s.alinea("Reactie van de klager: " + g.reactie, TEKST);
                }
                for (Klachtafspraak a : g.afspraken) {
                    s.alinea("Afspraak: " + a.wat + " (" + a.eigenaar + ", uiterlijk " + Datums.lang(a.uiterlijk) + ", "
                            + (a.gedaanOp == null ? "nog niet gedaan" : "gedaan op " + Datums.lang(a.gedaanOp)) + ")", TEKST);
                }
                if (g.uitkomst != null) {
                    s.alinea("Uitkomst: " + Taal.NL.bundel(KlachtTekst.class).gespreksuitkomst(g.uitkomst) + ".", TEKST);
                }
            }
            return s.klaar();
        } catch (IOException e) {
            throw new UncheckedIOException("Het document voor de KJMN kon niet gemaakt worden", e);
        }
    }

    private static String contact(Persoon p) {
        StringBuilder s = new StringBuilder(p.naam());
        if (p.organisatie != null) {
            s.append(", ").append(p.organisatie);
        }
        if (p.telefoon != null) {
            s.append(", telefoon ").append(p.telefoon);
        }
        if (p.email != null) {
            s.append(", ").append(p.email);
        }
        return s.toString();
    }
}

package nl.jeugdportaal.verzoek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.inzage.DossierTekst;
import nl.jeugdportaal.inzage.Dossierweergave.Deel;
import nl.jeugdportaal.inzage.Dossierweergave.Verklaring;
import nl.jeugdportaal.inzage.Stuk;
import nl.jeugdportaal.web.PdfSchrijver;
import nl.jeugdportaal.web.Taal;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The kopie of a dossier as a PDF: a cover page (who, when, what, and what is not in it), then every
 * stuk in full with the eigen verklaringen kept with it, or, seen in part, its shown delen and a
 * withheld line with the reason for each other deel. Each stuk also gets a bookmark, so a reader
 * (and a test) finds exactly which stukken it holds. Gets the stukken from its caller, which took
 * them from the inzage rules: it never reads the database itself.
 */
final class KopieDocument {
    private static final float TEKST = PdfSchrijver.TEKST;

    /** What the cover page says. */
    record Voorblad(String titel, List<String> regels) {
    }

    private KopieDocument() {
    }

    /**
     * {@code delen}: for each stuk the requester may see only in part, its delen in order (DOMAIN §2
     * rule 10); a stuk not in it is printed whole.
     */
    static byte[] maak(Voorblad voorblad, List<Stuk> stukken, Map<Long, List<Deel>> delen,
            Map<Long, List<Verklaring>> verklaringen) {
        try (PDDocument pdf = new PDDocument()) {
            PdfSchrijver s = new PdfSchrijver(pdf);
            s.kop(voorblad.titel(), 18);
            for (String regel : voorblad.regels()) {
                s.alinea(regel, TEKST);
            }
            s.kop("Stukken in deze kopie (" + stukken.size() + ")", 14);
            for (int i = 0; i < stukken.size(); i++) {
                s.alinea((i + 1) + ". " + stukken.get(i).titel + " (" + stukken.get(i).datum + ")"
                        + (delen.containsKey(stukken.get(i).id) ? ", deels" : ""), TEKST);
            }
            PDDocumentOutline inhoud = new PDDocumentOutline();
            pdf.getDocumentCatalog().setDocumentOutline(inhoud);
            for (Stuk stuk : stukken) {
                s.nieuwePagina();
                PDOutlineItem bladwijzer = new PDOutlineItem();
                bladwijzer.setTitle(stuk.titel);
                bladwijzer.setDestination(s.pagina());
                inhoud.addLast(bladwijzer);
                s.kop(stuk.titel, 14);
                DossierTekst tekst = Taal.NL.bundel(DossierTekst.class);
                s.alinea(stuk.datum + " · " + tekst.soort(stuk.soort) + " · " + stuk.auteur, 9);
                if (delen.containsKey(stuk.id)) {
                    for (Deel deel : delen.get(stuk.id)) {
                        if (deel.zichtbaar()) {
                            alineas(s, deel.alineas().toArray(String[]::new));
                        } else {
                            s.alinea(tekst.deelAchtergehouden() + " " + deel.reden(), TEKST);
                        }
                    }
                } else {
                    alineas(s, stuk.tekst.split("\n\s*\n"));
                }
                // Marked as on the dossier page: the client's own words, not the jeugdbeschermer's.
                for (Verklaring verklaring : verklaringen.getOrDefault(stuk.id, List.of())) {
                    s.kop(tekst.eigenVerklaringVan(verklaring.naam()), 12);
                    s.alinea(tekst.eigenWoorden(verklaring.naam(), Taal.NL.datum(verklaring.datum()), verklaring.doorNaam()), 9);
                    alineas(s, verklaring.alineas().toArray(String[]::new));
                }
            }
            return s.klaar();
        } catch (IOException e) {
            throw new UncheckedIOException("De kopie kon niet gemaakt worden", e);
        }
    }

    private static void alineas(PdfSchrijver s, String[] alineas) throws IOException {
        for (String alinea : alineas) {
            s.alinea(alinea.strip(), TEKST);
        }
    }
}

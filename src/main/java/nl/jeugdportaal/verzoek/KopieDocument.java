package nl.jeugdportaal.verzoek;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.inzage.DossierTekst;
import nl.jeugdportaal.inzage.Dossierweergave.Deel;
import nl.jeugdportaal.inzage.Dossierweergave.Verklaring;
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.verzoek.regels.Verzoekregels;
import nl.jeugdportaal.web.PdfUa;
import nl.jeugdportaal.web.Taal;

/**
 * The kopie of a dossier as a tagged PDF/UA document (rendered from {@code ui-templates/KopieDocument/kopie.html}):
 * a cover page (who, when, what, and what is not in it, and the routes for who disagrees), then every stuk
 * on a page of its own, in full with the eigen verklaringen kept with it, or, seen in part, its shown delen
 * and a withheld line with the reason for each other deel. Each stuk also gets a bookmark, so a reader
 * (and a test) finds exactly which stukken it holds. Gets the stukken from its caller, which took them
 * from the inzage rules: it never reads the database itself.
 */
final class KopieDocument {
    /** What the cover page says. */
    record Voorblad(String titel, List<String> regels) {
    }

    /** One stuk as the kopie prints it; {@code delen} only for a stuk held in part. */
    public record Stukblad(String titel, LocalDate datum, String soort, String auteur, List<String> alineas,
            List<Deel> delen, List<Verklaring> verklaringen) {
    }

    @CheckedTemplate(basePath = "KopieDocument")
    static class Templates {
        static native TemplateInstance kopie(Voorblad voorblad, List<Stukblad> stukken, String routes);
    }

    private KopieDocument() {
    }

    /**
     * {@code delen}: for each stuk the requester may see only in part, its delen in order (DOMAIN §2
     * rule 10); a stuk not in it is printed whole.
     */
    static byte[] maak(Voorblad voorblad, List<Stuk> stukken, Map<Long, List<Deel>> delen,
            Map<Long, List<Verklaring>> verklaringen) {
        DossierTekst tekst = Taal.NL.bundel(DossierTekst.class);
        List<Stukblad> bladen = stukken.stream().map(s -> new Stukblad(s.titel, s.datum, tekst.soort(s.soort), s.auteur,
                Arrays.stream(s.tekst.split("\n\\s*\n")).map(String::strip).toList(), delen.get(s.id),
                verklaringen.getOrDefault(s.id, List.of()))).toList();
        // The document is formal and goes to whoever asked: the privacy routes in the u form (AVG 12.4).
        String routes = Verzoekregels.privacyroutes(new Lezer(false, false));
        return PdfUa.maak(Templates.kopie(voorblad, bladen, routes).setLocale(Taal.NL.locale()).render());
    }
}

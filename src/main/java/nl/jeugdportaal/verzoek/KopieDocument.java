package nl.jeugdportaal.verzoek;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdportaal.inzage.Stuk;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The kopie of a dossier as a PDF: a cover page (who, when, what), then every stuk in full. Each
 * stuk also gets a bookmark, so a reader (and a test) finds exactly which stukken it holds.
 * Gets the stukken from its caller, which took them from the inzage rules: it never reads the
 * database itself.
 */
final class KopieDocument {
    /** PDFBox ships Liberation Sans; the standard PDF fonts cannot write a name like Ayşe. */
    private static final String LETTER = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGE = 56;
    private static final float TEKST = 11;

    /** What the cover page says. */
    record Voorblad(String titel, List<String> regels) {
    }

    private KopieDocument() {
    }

    static byte[] maak(Voorblad voorblad, List<Stuk> stukken) {
        try (PDDocument pdf = new PDDocument(); InputStream letter = KopieDocument.class.getResourceAsStream(LETTER)) {
            Schrijver s = new Schrijver(pdf, PDType0Font.load(pdf, letter));
            s.kop(voorblad.titel(), 18);
            for (String regel : voorblad.regels()) {
                s.alinea(regel, TEKST);
            }
            s.kop("Stukken in deze kopie (" + stukken.size() + ")", 14);
            for (int i = 0; i < stukken.size(); i++) {
                s.alinea((i + 1) + ". " + stukken.get(i).titel + " (" + stukken.get(i).datum + ")", TEKST);
            }
            PDDocumentOutline inhoud = new PDDocumentOutline();
            pdf.getDocumentCatalog().setDocumentOutline(inhoud);
            for (Stuk stuk : stukken) {
                s.nieuwePagina();
                PDOutlineItem bladwijzer = new PDOutlineItem();
                bladwijzer.setTitle(stuk.titel);
                bladwijzer.setDestination(s.pagina);
                inhoud.addLast(bladwijzer);
                s.kop(stuk.titel, 14);
                s.alinea(stuk.datum + " · " + stuk.soort.label + " · " + stuk.auteur, 9);
                for (String alinea : stuk.tekst.split("\\n\\s*\\n")) {
                    s.alinea(alinea.strip(), TEKST);
                }
            }
            s.sluit();
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            pdf.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("De kopie kon niet gemaakt worden", e);
        }
    }

    /** Lays out text top to bottom, wrapping at word boundaries and starting pages as needed. */
    private static final class Schrijver {
        private final PDDocument pdf;
        private final PDFont letter;
        private PDPage pagina;
        private PDPageContentStream inhoud;
        private float y;

        Schrijver(PDDocument pdf, PDFont letter) throws IOException {
            this.pdf = pdf;
            this.letter = letter;
            nieuwePagina();
        }

        void nieuwePagina() throws IOException {
            sluit();
            pagina = new PDPage(PDRectangle.A4);
            pdf.addPage(pagina);
            inhoud = new PDPageContentStream(pdf, pagina);
            y = pagina.getMediaBox().getHeight() - MARGE;
        }

        void kop(String tekst, float grootte) throws IOException {
            y -= grootte / 2;
            alinea(tekst, grootte);
        }

        void alinea(String tekst, float grootte) throws IOException {
            float breedte = pagina.getMediaBox().getWidth() - 2 * MARGE;
            for (String regel : regels(veilig(tekst), grootte, breedte)) {
                if (y - grootte * 1.4f < MARGE) {
                    nieuwePagina();
                }
                y -= grootte * 1.4f;
                inhoud.beginText();
                inhoud.setFont(letter, grootte);
                inhoud.newLineAtOffset(MARGE, y);
                inhoud.showText(regel);
                inhoud.endText();
            }
            y -= grootte * 0.6f;
        }

        private List<String> regels(String tekst, float grootte, float breedte) throws IOException {
            List<String> regels = new ArrayList<>();
            StringBuilder regel = new StringBuilder();
            for (String woord : tekst.split(" +")) {
                String langer = regel.isEmpty() ? woord : regel + " " + woord;
                if (!regel.isEmpty() && letter.getStringWidth(langer) / 1000 * grootte > breedte) {
                    regels.add(regel.toString());
                    regel = new StringBuilder(woord);
                } else {
                    regel = new StringBuilder(langer);
                }
            }
            regels.add(regel.toString());
            return regels;
        }

        /** Line breaks become spaces and a character the font lacks becomes "?", rather than no kopie at all. */
        private String veilig(String tekst) {
            StringBuilder uit = new StringBuilder();
            tekst.codePoints().forEach(teken -> {
                String s = Character.isWhitespace(teken) ? " " : new String(Character.toChars(teken));
                try {
                    letter.encode(s);
                    uit.append(s);
                } catch (IOException | IllegalArgumentException e) {
                    uit.append('?');
                }
            });
            return uit.toString();
        }

        void sluit() throws IOException {
            if (inhoud != null) {
                inhoud.close();
                inhoud = null;
            }
        }
    }
}

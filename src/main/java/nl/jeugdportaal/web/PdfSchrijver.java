package nl.jeugdportaal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out text top to bottom in a PDF, wrapping at word boundaries and starting pages as needed.
 * Shared by every PDF the portal makes (the kopie of a dossier, a complaint for the KJMN).
 */
public final class PdfSchrijver {
    /** PDFBox ships Liberation Sans; the standard PDF fonts cannot write a name like Ayşe. */
    private static final String LETTER = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGE = 56;
    public static final float TEKST = 11;

    private final PDDocument pdf;
    private final PDFont letter;
    private PDPage pagina;
    private PDPageContentStream inhoud;
    private float y;

    public PdfSchrijver(PDDocument pdf) throws IOException {
        this.pdf = pdf;
        try (InputStream in = PdfSchrijver.class.getResourceAsStream(LETTER)) {
            this.letter = PDType0Font.load(pdf, in);
        }
        nieuwePagina();
    }

    public PDPage pagina() {
        return pagina;
    }

    public void nieuwePagina() throws IOException {
        sluit();
        pagina = new PDPage(PDRectangle.A4);
        pdf.addPage(pagina);
        inhoud = new PDPageContentStream(pdf, pagina);
        y = pagina.getMediaBox().getHeight() - MARGE;
    }

    public void kop(String tekst, float grootte) throws IOException {
        y -= grootte / 2;
        alinea(tekst, grootte);
    }

    public void alinea(String tekst, float grootte) throws IOException {
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

    /** Closes the last page and returns the document's bytes. */
    public byte[] klaar() throws IOException {
        sluit();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        pdf.save(uit);
        return uit.toByteArray();
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

    /** Line breaks become spaces and a character the font lacks becomes "?", rather than no PDF at all. */
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

    private void sluit() throws IOException {
        if (inhoud != null) {
            inhoud.close();
            inhoud = null;
        }
    }
}

package nl.jeugdportaal.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Renders a page of the portal's own HTML (a Qute template under {@code ui-templates/}) to a tagged PDF/UA
 * document with openhtmltopdf on PDFBox: headings, lists and tables stay structure a screen reader follows,
 * in reading order, and the title and language are in the document. PDF/UA asks for embedded fonts: DejaVu
 * Sans is shipped with the portal (its licence is next to it) and covers names like Ayşe and Çelik. Page
 * numbers and the letterhead come from the template's own CSS ({@code @page}).
 */
public final class PdfUa {
    private static final String LETTERTYPE = "DejaVu Sans";

    private PdfUa() {
    }

    public static byte[] maak(String html) {
        // Qute writes HTML5; openhtmltopdf reads a DOM, so jsoup parses it as a browser would.
        var dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(() -> lettertype("DejaVuSans.ttf"), LETTERTYPE, 400, FontStyle.NORMAL, true)
                    .useFont(() -> lettertype("DejaVuSans-Bold.ttf"), LETTERTYPE, 700, FontStyle.NORMAL, true)
                    .withW3cDocument(dom, "/")
                    .withProducer("Jeugdportaal")
                    .toStream(uit)
                    .run();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("De PDF kon niet gemaakt worden", e);
        }
    }

    private static InputStream lettertype(String bestand) {
        InputStream in = PdfUa.class.getResourceAsStream("/fonts/" + bestand);
        if (in == null) {
            throw new IllegalStateException("Lettertype ontbreekt: " + bestand);
        }
        return in;
    }
}

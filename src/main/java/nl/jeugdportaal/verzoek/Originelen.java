package nl.jeugdportaal.verzoek;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The original documents of the stukken in a kopie (the PDFs the GI sent), appended after the
 * kopie's own pages in the order of the stukken. The kopie holds only stukken the requester may
 * read, so it holds only originals they may see.
 */
final class Originelen {
    private Originelen() {
    }

    static byte[] achteraan(byte[] kopie, List<Stuk> stukken) {
        Map<Long, StukDocument> documenten = StukDocument.<StukDocument>list("stukId in ?1", stukken.stream().map(s -> s.id).toList())
                .stream().collect(Collectors.toMap(d -> d.stukId, Function.identity()));
        if (documenten.isEmpty()) {
            return kopie;
        }
        try (PDDocument geheel = Loader.loadPDF(kopie)) {
            PDFMergerUtility samenvoegen = new PDFMergerUtility();
            for (Stuk stuk : stukken) {
                StukDocument d = documenten.get(stuk.id);
                if (d != null) {
                    try (PDDocument origineel = Loader.loadPDF(d.inhoud)) {
                        samenvoegen.appendDocument(geheel, origineel);
                    }
                }
            }
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            geheel.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Kopie met originelen niet te maken", e);
        }
    }
}

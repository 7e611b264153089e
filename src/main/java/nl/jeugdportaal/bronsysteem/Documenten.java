package nl.jeugdportaal.bronsysteem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.bronsysteem.regels.Fout;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The original PDF of a stuk, sent by the bronsysteem. */
@ApplicationScoped
public class Documenten {
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Inject
    Registraties registraties;

    @Inject

    Dossierregistraties dossiers;
    @Inject
    Audit audit;
    @Inject
    Clock clock;

    public record Ontvangen(int grootte) {
    }

    /** Stores the document; true when the stuk had none before. The content decides it is a PDF, not the header. */
    @Transactional
    public boolean zet(String dossierId, String stukId, byte[] pdf, String client) {
        if (pdf.length < PDF.length || !Arrays.equals(pdf, 0, PDF.length, PDF, 0, PDF.length)) {
            throw Probleem.ongeldig(List.of(new Fout("$", "Dit is geen PDF: een PDF begint met %PDF-.")));
        }
        // The kopie appends the original's pages later; a file that cannot be read would break that kopie.
        try (PDDocument gelezen = Loader.loadPDF(pdf)) {
            if (gelezen.getNumberOfPages() == 0) {
                throw Probleem.ongeldig(List.of(new Fout("$", "Deze PDF heeft geen pagina's.")));
            }
        } catch (IOException e) {
            throw Probleem.ongeldig(List.of(new Fout("$", "Deze PDF is beschadigd of met een wachtwoord beveiligd; stuur een leesbare PDF.")));
        }
        Stuk stuk = dossiers.levendStuk(dossierId, stukId);
        StukDocument document = StukDocument.<StukDocument>findByIdOptional(stuk.id).orElse(null);
        boolean nieuw = document == null;
        if (nieuw) {
            document = new StukDocument();
            document.stukId = stuk.id;
        }
        document.inhoud = pdf;
        document.grootte = pdf.length;
        document.sha256 = sha256(pdf);
        document.opgeslagen = clock.instant();
        if (nieuw) {
            document.persist();
        }
        audit.schrijf(Registraties.actor(client), new Audit.Gebeurtenis(Actie.REGISTRATIE_GEWIJZIGD, Uitkomst.GEWIJZIGD,
                stuk.dossier.id, stuk.id, null, "PUT /dossiers/" + dossierId + "/stukken/" + stukId + "/document",
                stuk.over.stream().map(p -> p.id).toList()));
        return nieuw;
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

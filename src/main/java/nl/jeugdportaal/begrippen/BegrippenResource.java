package nl.jeugdportaal.begrippen;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.jeugdportaal.web.Aanspreekvorm;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Taalkeuze;

/** The glossary, open to anyone: a parent should be able to look up a word before logging in. */
@Path("/begrippen")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class BegrippenResource {

    /**
     * One entry as the page shows it. On an English page {@code naam} is the English name and
     * {@code nederlandseNaam} the Dutch term the English pages use, when the two differ.
     */
    public record Regel(String id, String naam, String nederlandseNaam, String uitleg) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance begrippen(List<Regel> begrippen, boolean ingelogd);
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    Taalkeuze taalkeuze;
    @Inject
    Aanspreekvorm lezer;

    @GET
    public TemplateInstance begrippen() {
        return Templates.begrippen(regels(taalkeuze.taal(), lezer.je()), !identity.isAnonymous());
    }

    /** In the order of the reader's words: an English reader looks up "guardian", a Dutch reader "voogd". */
    static List<Regel> regels(Taal taal, boolean je) {
        return Begrippenlijst.standaard().alle().stream()
                .map(b -> new Regel(b.id(), b.term(taal),
                        taal == Taal.EN && !b.term(taal).equals(b.term()) ? b.term() : null, b.uitleg(taal, je)))
                .sorted(Comparator.comparing(r -> r.naam().toLowerCase(Locale.ROOT)))
                .toList();
    }
}

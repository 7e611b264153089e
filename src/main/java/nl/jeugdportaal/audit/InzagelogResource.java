package nl.jeugdportaal.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.jeugdportaal.identiteit.HuidigeGebruiker;
import nl.jeugdportaal.registratie.Persoon;

/** The page "Wie heeft mijn gegevens bekeken?". */
@Path("/inzagelog")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class InzagelogResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inzagelog(Inzagelog log, String van, String tot, String fout);
    }

    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    InzagelogService service;

    @GET
    public TemplateInstance inzagelog(@QueryParam("over") String over, @QueryParam("van") String van,
            @QueryParam("tot") String tot) {
        Persoon ik = gebruiker.persoon().orElseThrow(NotFoundException::new);
        Long overId = over == null || !over.matches("[0-9]{1,18}") ? null : Long.valueOf(over);
        String fout = null;
        LocalDate vanaf = null;
        LocalDate totEnMet = null;
        try {
            vanaf = van == null || van.isBlank() ? null : LocalDate.parse(van.strip());
            totEnMet = tot == null || tot.isBlank() ? null : LocalDate.parse(tot.strip());
        } catch (DateTimeParseException e) {
            fout = "Deze datum kunnen we niet lezen. Kies een datum in de kalender.";
        }
        Inzagelog log = service.lees(ik, overId, vanaf, totEnMet).orElseThrow(NotFoundException::new);
        return Templates.inzagelog(log, van, tot, fout);
    }
}

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
import nl.jeugdportaal.identiteit.HuidigeGebruiker;
import nl.jeugdportaal.inzage.Filterinvoer;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.web.Taalkeuze;

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
    @Inject
    Taalkeuze taalkeuze;

    @GET
    public TemplateInstance inzagelog(@QueryParam("over") String over, @QueryParam("van") String van,
            @QueryParam("tot") String tot) {
        Persoon ik = gebruiker.persoon().orElseThrow(NotFoundException::new);
        Long overId = over == null || !over.matches("[0-9]{1,18}") ? null : Long.valueOf(over);
        // The same period fields as the dossier page, so the same messages when a date is wrong.
        Filterinvoer periode = Filterinvoer.lees(null, van, tot, taalkeuze.taal());
        Inzagelog log = service.lees(ik, overId, periode.filter().van(), periode.filter().tot(), taalkeuze.taal())
                .orElseThrow(NotFoundException::new);
        return Templates.inzagelog(log, van, tot, periode.fout());
    }
}

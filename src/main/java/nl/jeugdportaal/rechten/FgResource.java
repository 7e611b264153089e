package nl.jeugdportaal.rechten;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.web.Taalkeuze;
import org.jboss.resteasy.reactive.RestForm;

/** Ask the FG a question, and read the answer; for the FG, every question with a form to answer it. */
@Path("/fg")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FgResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fg(FgService.Pagina pagina);
    }

    @Inject
    KijkerBron kijkers;
    @Inject
    FgService fg;
    @Inject
    Taalkeuze taal;

    @GET
    public TemplateInstance pagina() {
        return Templates.fg(fg.pagina(kijker(), "", null, null));
    }

    @POST
    public Response vraag(@RestForm String tekst) {
        Kijker kijker = kijker();
        Optional<String> fout = fg.vraag(kijker, tekst, taal.taal());
        if (fout.isPresent()) {
            return Response.status(400).entity(Templates.fg(fg.pagina(kijker, tekst == null ? "" : tekst, fout.get(), null))).build();
        }
        return Response.seeOther(URI.create("/fg#vragen")).build();
    }

    @POST
    @Path("{id}/antwoord")
    public Response antwoord(@PathParam("id") String id, @RestForm String tekst) {
        Kijker kijker = kijker();
        Long vraag = Idinvoer.getal(id);
        String fout = fg.antwoord(kijker, vraag, tekst, taal.taal()).orElseThrow(NotFoundException::new);
        if (!fout.isEmpty()) {
            return Response.status(400).entity(Templates.fg(fg.pagina(kijker, tekst == null ? "" : tekst, fout, vraag))).build();
        }
        return Response.seeOther(URI.create("/fg#vraag-" + vraag)).build();
    }

    private Kijker kijker() {
        return kijkers.kijker(null).orElseThrow(NotFoundException::new);
    }
}

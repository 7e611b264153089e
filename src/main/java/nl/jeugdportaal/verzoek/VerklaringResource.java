package nl.jeugdportaal.verzoek;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.web.Taalkeuze;
import org.jboss.resteasy.reactive.RestForm;

/** A client writes their own statement about a stuk they may see; it then shows under that stuk. */
@Path("/verklaringen")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class VerklaringResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verklaring(Weergaven.Verklaringformulier formulier);
    }

    @Inject
    KijkerBron kijkers;
    @Inject
    Verzoekindiening verzoeken;
    @Inject
    Taalkeuze taal;

    @GET
    @Path("nieuw")
    public TemplateInstance formulier(@QueryParam("kind") String kind, @QueryParam("stuk") String stuk,
            @QueryParam("verzoek") String verzoek, @QueryParam("namens") String namens) {
        return Templates.verklaring(verzoeken.verklaringformulier(kijkers.kijkerOfNietGevonden(namens), Idinvoer.getal(kind),
                Idinvoer.getal(stuk), Idinvoer.getal(verzoek), "", null).orElseThrow(NotFoundException::new));
    }

    @POST
    public Response opslaan(@RestForm String kind, @RestForm String stuk, @RestForm String verzoek,
            @RestForm String namens, @RestForm String tekst) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(namens);
        Weergaven.Verklaringformulier formulier = verzoeken.verklaren(kijker, Idinvoer.getal(kind),
                Idinvoer.getal(stuk), Idinvoer.getal(verzoek), VerzoekResource.tekst(tekst), taal.taal())
                .orElseThrow(NotFoundException::new);
        if (formulier.fout() != null) {
            return Response.status(400).entity(Templates.verklaring(formulier)).build();
        }
        return Response.seeOther(URI.create("/dossier/" + formulier.context().kindId() + kijker.namensParameter()
                + "#stuk-" + formulier.stuk().id())).build();
    }

}

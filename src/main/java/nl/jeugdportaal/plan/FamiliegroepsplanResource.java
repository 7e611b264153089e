package nl.jeugdportaal.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.web.Taalkeuze;

/** What a familiegroepsplan is, and for parents with gezag: their choice and their own plan. */
@Path("/familiegroepsplan")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FamiliegroepsplanResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance familiegroepsplan(Fgpweergave fgp, String keuzeFout, String tekst, String tekstFout);
    }

    @Inject
    KijkerBron kijkers;
    @Inject
    FamiliegroepsplanService familiegroepsplannen;
    @Inject
    Taalkeuze taal;

    @GET
    public TemplateInstance uitleg() {
        return Templates.familiegroepsplan(null, null, "", null);
    }

    @GET
    @Path("{kindId}")
    public TemplateInstance familiegroepsplan(@PathParam("kindId") String kindId, @QueryParam("namens") String namens) {
        Fgpweergave fgp = familiegroepsplannen.weergave(kijkers.kijkerOfNietGevonden(namens), Idinvoer.ofNietGevonden(kindId),
                taal.taal()).orElseThrow(NotFoundException::new);
        // The form starts from the newest version, so parents edit their plan instead of retyping it.
        return Templates.familiegroepsplan(fgp, null, fgp.huidige() == null ? "" : fgp.huidige().tekst(), null);
    }

    @POST
    @Path("{kindId}/keuze")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response kies(@PathParam("kindId") String kindId, @FormParam("keuze") String keuze) {
        Long kind = Idinvoer.ofNietGevonden(kindId);
        FamiliegroepsplanService.Antwoord antwoord = familiegroepsplannen.kies(kijker(), kind, keuze, taal.taal())
                .orElseThrow(NotFoundException::new);
        if (antwoord.fout() == null) {
            return Response.seeOther(URI.create("/familiegroepsplan/" + kind + "#keuze")).build();
        }
        return Response.status(400).entity(Templates.familiegroepsplan(antwoord.weergave(), antwoord.fout(), "", null))
                .build();
    }

    @POST
    @Path("{kindId}/tekst")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schrijf(@PathParam("kindId") String kindId, @FormParam("tekst") String tekst) {
        Long kind = Idinvoer.ofNietGevonden(kindId);
        FamiliegroepsplanService.Antwoord antwoord = familiegroepsplannen.schrijf(kijker(), kind, tekst, taal.taal())
                .orElseThrow(NotFoundException::new);
        if (antwoord.fout() == null) {
            return Response.seeOther(URI.create("/familiegroepsplan/" + kind + "#ons-plan")).build();
        }
        return Response.status(400).entity(Templates.familiegroepsplan(antwoord.weergave(), null, tekst, antwoord.fout()))
                .build();
    }

    private Kijker kijker() {
        return kijkers.kijker(null).orElseThrow(NotFoundException::new);
    }
}

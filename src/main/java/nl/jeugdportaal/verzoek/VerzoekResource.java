package nl.jeugdportaal.verzoek;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.verzoek.Weergaven.Besluitinvoer;
import nl.jeugdportaal.verzoek.Weergaven.Invoer;
import nl.jeugdportaal.verzoek.regels.Verzoeksoort;
import nl.jeugdportaal.web.Taalkeuze;
import org.jboss.resteasy.reactive.RestForm;

/** The request pages: choose a kind, fill in the form, follow the request; for staff, decide. */
@Path("/verzoeken")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class VerzoekResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overzicht(Weergaven.Overzicht overzicht);

        static native TemplateInstance kiezen(Verzoekindiening.Keuzes keuzes);

        static native TemplateInstance formulier(Weergaven.Formulier formulier);

        static native TemplateInstance verzoek(Weergaven.Detail verzoek, Map<String, String> fouten,
                Besluitinvoer besluit, String reden, Weergaven.Splitsing splitsing);
    }

    @Inject
    KijkerBron kijkers;
    @Inject
    Verzoekindiening indienService;
    @Inject
    Verzoeken leesService;
    @Inject
    Verzoekbehandeling besluitService;
    @Inject
    Splitsingen splitsingen;
    @Inject
    Taalkeuze taal;

    @GET
    public TemplateInstance overzicht() {
        return Templates.overzicht(leesService.overzicht(kijkers.kijkerOfNietGevonden(null), taal.taal()));
    }

    @GET
    @Path("nieuw")
    public TemplateInstance kiezen(@QueryParam("kind") String kind, @QueryParam("namens") String namens) {
        return Templates.kiezen(indienService.keuzes(kijkers.kijkerOfNietGevonden(namens), Idinvoer.ofNietGevonden(kind), taal.taal())
                .orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("nieuw/{soort}")
    public TemplateInstance formulier(@PathParam("soort") String soort, @QueryParam("kind") String kind,
            @QueryParam("stuk") String stuk, @QueryParam("namens") String namens) {
        Long stukId = Idinvoer.getal(stuk);
        // Coming from a stuk on the dossier page: that stuk is already chosen.
        Invoer invoer = stukId == null ? Invoer.LEEG
                : new Invoer(false, List.of(stukId), stukId, "", "", "", "", false);
        return Templates.formulier(indienService.formulier(kijkers.kijkerOfNietGevonden(namens), Idinvoer.ofNietGevonden(kind), soort(soort), invoer, taal.taal())
                .orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("nieuw/{soort}")
    public Response indienen(@PathParam("soort") String soort, @RestForm String kind, @RestForm String namens,
            @RestForm String alles, @RestForm List<String> stukken, @RestForm String stuk, @RestForm String zin,
            @RestForm String watFout, @RestForm String watMoetHetZijn, @RestForm String toelichting,
            @RestForm String gelezen) {
        Invoer invoer = new Invoer(!"nee".equals(alles), getallen(stukken),
                Idinvoer.getal(stuk), tekst(zin), tekst(watFout), tekst(watMoetHetZijn), tekst(toelichting),
                gelezen != null);
        Kijker kijker = kijkers.kijkerOfNietGevonden(namens);
        Verzoekindiening.Indiening indiening = indienService.indienen(kijker, Idinvoer.ofNietGevonden(kind), soort(soort), invoer, taal.taal())
                .orElseThrow(NotFoundException::new);
        if (indiening.verzoekId() != null) {
            return naar(indiening.verzoekId(), kijker);
        }
        return Response.status(indiening.geweigerd() ? 403 : 400).entity(Templates.formulier(indiening.formulier())).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance verzoek(@PathParam("id") String id, @QueryParam("namens") String namens) {
        Weergaven.Detail detail = detail(kijkers.kijkerOfNietGevonden(namens), id);
        return Templates.verzoek(detail, Map.of(), Besluitinvoer.LEEG, "", detail.splitsing());
    }

    @POST
    @Path("{id}/besluit")
    public Response besluiten(@PathParam("id") String id, @RestForm String besluit, @RestForm String motivatie,
            @RestForm String nieuweTekst, @RestForm List<String> stukken, @RestForm String deelsReden) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(null);
        Besluitinvoer invoer = new Besluitinvoer(tekst(besluit), tekst(motivatie), nieuweTekst, getallen(stukken),
                tekst(deelsReden));
        Map<String, String> fouten = besluitService.besluiten(kijker, Idinvoer.ofNietGevonden(id), invoer, taal.taal())
                .orElseThrow(NotFoundException::new);
        if (fouten.isEmpty()) {
            return naar(Idinvoer.ofNietGevonden(id), kijker);
        }
        Weergaven.Detail detail = detail(kijker, id);
        return Response.status(400).entity(Templates.verzoek(detail, fouten, invoer, "", detail.splitsing())).build();
    }

    @POST
    @Path("{id}/verlenging")
    public Response verlengen(@PathParam("id") String id, @RestForm String reden) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(null);
        Map<String, String> fouten = besluitService.verlengen(kijker, Idinvoer.ofNietGevonden(id), reden, taal.taal()).orElseThrow(NotFoundException::new);
        if (fouten.isEmpty()) {
            return naar(Idinvoer.ofNietGevonden(id), kijker);
        }
        Weergaven.Detail detail = detail(kijker, id);
        return Response.status(400).entity(Templates.verzoek(detail, fouten, Besluitinvoer.LEEG, tekst(reden),
                detail.splitsing())).build();
    }

    /** The jeugdbeschermer answers a zwartgelakte kopie by splitting the stuk into delen (DOMAIN §2 rule 10). */
    @POST
    @Path("{id}/delen")
    public Response verdelen(@PathParam("id") String id, @RestForm List<String> deel, @RestForm List<String> over,
            @RestForm String motivatie) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(null);
        Long verzoek = Idinvoer.ofNietGevonden(id);
        List<String> teksten = deel == null ? List.of() : deel;
        List<String> ticks = over == null ? List.of() : over;
        Map<String, String> fouten = splitsingen.verdeel(kijker, verzoek, teksten, ticks, tekst(motivatie), taal.taal())
                .orElseThrow(NotFoundException::new);
        if (fouten.isEmpty()) {
            return naar(verzoek, kijker);
        }
        Weergaven.Splitsing getypt = splitsingen.zoalsGetypt(kijker, verzoek, teksten, ticks, tekst(motivatie))
                .orElseThrow(NotFoundException::new);
        return Response.status(400).entity(Templates.verzoek(detail(kijker, id), fouten, Besluitinvoer.LEEG, "", getypt))
                .build();
    }

    @GET
    @Path("{id}/kopie.pdf")
    @Produces("application/pdf")
    public Response kopie(@PathParam("id") String id, @QueryParam("namens") String namens) {
        byte[] pdf = leesService.download(kijkers.kijkerOfNietGevonden(namens), Idinvoer.ofNietGevonden(id)).orElseThrow(NotFoundException::new);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"kopie-verzoek-" + Idinvoer.ofNietGevonden(id) + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private Weergaven.Detail detail(Kijker kijker, String id) {
        return leesService.bekijk(kijker, Idinvoer.ofNietGevonden(id), taal.taal()).orElseThrow(NotFoundException::new);
    }


    private static Response naar(Long id, Kijker kijker) {
        return Response.seeOther(URI.create("/verzoeken/" + id + kijker.namensParameter())).build();
    }


    private static Verzoeksoort soort(String tekst) {
        Verzoeksoort soort = Verzoeksoort.lees(tekst);
        if (soort == null) {
            throw new NotFoundException();
        }
        return soort;
    }

    /**
     * The ticked stukken. A value that is no number cannot name a stuk and is dropped; a number that
     * names a stuk not on the form is refused by the service.
     */
    private static List<Long> getallen(List<String> waarden) {
        return waarden == null ? List.of() : waarden.stream().map(Idinvoer::getal).filter(Objects::nonNull).toList();
    }

    /** Null becomes empty, so a form shows an empty field rather than "null". */
    static String tekst(String waarde) {
        return waarde == null ? "" : waarde;
    }
}

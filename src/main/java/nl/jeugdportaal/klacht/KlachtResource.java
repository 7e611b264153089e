package nl.jeugdportaal.klacht;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
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
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.klacht.Klachtweergaven.*;
import nl.jeugdportaal.klacht.formulier.Indienformulier;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.web.Taalkeuze;
import org.jboss.resteasy.reactive.RestForm;

/** The complaint pages: file one, follow its timeline; for staff, register each step; the yearly figures. */
@Path("/klachten")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class KlachtResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overzicht(Overzicht overzicht);

        static native TemplateInstance formulier(Formulier formulier);

        static native TemplateInstance klacht(Detail klacht, Map<String, String> fouten, Map<String, String> invoer);

        static native TemplateInstance leren(Cijfers cijfers);
    }

    @Inject
    KijkerBron kijkers;
    @Inject
    KlachtService klachten;
    @Inject
    Klachtindiening indiening;
    @Inject
    Klachtbehandeling behandeling;
    @Inject
    Klachtcijfers cijfers;
    @Inject
    Taalkeuze taalkeuze;

    @GET
    public TemplateInstance overzicht() {
        return Templates.overzicht(klachten.overzicht(kijkers.kijkerOfNietGevonden(null), taalkeuze.taal()));
    }

    @GET
    @Path("nieuw")
    public TemplateInstance formulier(@QueryParam("kind") String kind, @QueryParam("namens") String namens) {
        return Templates.formulier(indiening.formulier(kijkers.kijkerOfNietGevonden(namens), Idinvoer.ofNietGevonden(kind),
                Indienformulier.LEEG, taalkeuze.taal()).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("nieuw")
    public Response indienen(@BeanParam Indienformulier formulier) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(formulier.namens());
        Klachtindiening.Indiening ingediend = indiening.indienen(kijker, Idinvoer.ofNietGevonden(formulier.kind()), formulier,
                taalkeuze.taal()).orElseThrow(NotFoundException::new);
        if (ingediend.klachtId() != null) {
            return naar(ingediend.klachtId(), kijker);
        }
        return Response.status(ingediend.geweigerd() ? 403 : 400).entity(Templates.formulier(ingediend.formulier())).build();
    }

    @GET
    @Path("leren")
    public TemplateInstance leren() {
        magLeren();
        return Templates.leren(cijfers.cijfers(taalkeuze.taal()));
    }

    @GET
    @Path("leren.csv")
    @Produces("text/csv")
    public Response lerenCsv() {
        magLeren();
        return Response.ok(cijfers.csv(cijfers.cijfers(taalkeuze.taal()), taalkeuze.taal()).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"klachten-cijfers.csv\"").build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance klacht(@PathParam("id") String id, @QueryParam("namens") String namens) {
        return Templates.klacht(detail(kijkers.kijkerOfNietGevonden(namens), id), Map.of(), Map.of());
    }

    @GET
    @Path("{id}/kjmn.pdf")
    @Produces("application/pdf")
    public Response kjmn(@PathParam("id") String id, @QueryParam("namens") String namens) {
        byte[] pdf = klachten.kjmnDocument(kijkers.kijkerOfNietGevonden(namens), Idinvoer.ofNietGevonden(id)).orElseThrow(NotFoundException::new);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"klacht-" + Idinvoer.ofNietGevonden(id) + "-kjmn.pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/klopt-het")
    public Response reageren(@PathParam("id") String id, @RestForm String namens, @RestForm String stap,
            @RestForm String klopt, @RestForm String reactie) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(namens);
        Map<String, String> fouten = klachten.reageren(kijker, Idinvoer.ofNietGevonden(id), "2".equals(stap) ? 2 : 1, klopt, reactie,
                taalkeuze.taal())
                .orElseThrow(NotFoundException::new);
        if (fouten.isEmpty()) {
            return naar(Idinvoer.ofNietGevonden(id), kijker);
        }
        return Response.status(400).entity(Templates.klacht(detail(kijker, id), fouten,
                Map.of("klopt", tekst(klopt), "reactie", tekst(reactie)))).build();
    }

    @POST
    @Path("{id}/naar-kjmn")
    public Response naarKjmn(@PathParam("id") String id, @RestForm String namens, @RestForm String datum) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(namens);
        Map<String, String> fouten = klachten.naarKjmnGestuurd(kijker, Idinvoer.ofNietGevonden(id), datum, taalkeuze.taal())
                .orElseThrow(NotFoundException::new);
        if (fouten.isEmpty()) {
            return naar(Idinvoer.ofNietGevonden(id), kijker);
        }
        return Response.status(400).entity(Templates.klacht(detail(kijker, id), fouten, Map.of("datum", tekst(datum)))).build();
    }

    @POST
    @Path("{id}/verder")
    public Response verder(@PathParam("id") String id, @RestForm String namens) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(namens);
        if (!klachten.verder(kijker, Idinvoer.ofNietGevonden(id))) {
            throw new NotFoundException();
        }
        return naar(Idinvoer.ofNietGevonden(id), kijker);
    }

    /** Every staff form posts here; {@code actie} says which step it registers. */
    @POST
    @Path("{id}/{actie}")
    public Response registreer(@PathParam("id") String id, @PathParam("actie") String actie, @RestForm String stap,
            @RestForm String uitgenodigdOp, @RestForm String datum, @RestForm String deelnemers,
            @RestForm String verslag, @RestForm String wat, @RestForm String eigenaar, @RestForm String uiterlijk,
            @RestForm String afspraak, @RestForm String uitkomst, @RestForm String volgendeStap,
            @RestForm String besluit, @RestForm String motivatie, @RestForm String mijlpaal, @RestForm String reactie,
            @RestForm List<String> uitspraak, @RestForm List<String> overgenomen, @RestForm List<String> maatregel) {
        Map<String, String> velden = new HashMap<>();
        String[][] paren = {{"stap", stap}, {"uitgenodigdOp", uitgenodigdOp}, {"datum", datum}, {"deelnemers", deelnemers},
                {"verslag", verslag}, {"wat", wat}, {"eigenaar", eigenaar}, {"uiterlijk", uiterlijk}, {"afspraak", afspraak},
                {"uitkomst", uitkomst}, {"volgendeStap", volgendeStap}, {"besluit", besluit}, {"motivatie", motivatie},
                {"mijlpaal", mijlpaal}, {"reactie", reactie}};
        for (String[] paar : paren) {
            if (paar[1] != null) {
                velden.put(paar[0], paar[1]);
            }
        }
        // One select or text field per klachtonderdeel, in the order of the parts: number them 1, 2, 3.
        nummer(velden, "uitspraak-", uitspraak);
        nummer(velden, "overgenomen-", overgenomen);
        nummer(velden, "maatregel-", maatregel);
        Kijker kijker = kijkers.kijkerOfNietGevonden(null);
        Map<String, String> fouten = behandeling.registreer(kijker, Idinvoer.ofNietGevonden(id), actie, velden, taalkeuze.taal())
                .orElseThrow(NotFoundException::new);
        if (fouten.isEmpty()) {
            return naar(Idinvoer.ofNietGevonden(id), kijker);
        }
        // Several staff forms have a field of the same name: the form that was sent gets its errors and text back.
        return Response.status(400).entity(Templates.klacht(detail(kijker, id), metVoorvoegsel(actie, fouten),
                metVoorvoegsel(actie, velden))).build();
    }

    private static Map<String, String> metVoorvoegsel(String actie, Map<String, String> waarden) {
        Map<String, String> uit = new HashMap<>();
        waarden.forEach((veld, waarde) -> uit.put(actie + "." + veld, waarde));
        return uit;
    }

    private static void nummer(Map<String, String> velden, String voorvoegsel, List<String> waarden) {
        if (waarden != null) {
            for (int i = 0; i < waarden.size(); i++) {
                velden.put(voorvoegsel + (i + 1), waarden.get(i));
            }
        }
    }

    private void magLeren() {
        if (!Klachttoegang.magLeren(kijkers.kijkerOfNietGevonden(null))) {
            throw new ForbiddenException();
        }
    }

    private Detail detail(Kijker kijker, String id) {
        return klachten.bekijk(kijker, Idinvoer.ofNietGevonden(id), taalkeuze.taal()).orElseThrow(NotFoundException::new);
    }


    private static Response naar(Long id, Kijker kijker) {
        return Response.seeOther(URI.create("/klachten/" + id + kijker.namensParameter())).build();
    }


    /** Null becomes empty, so a form shows an empty field rather than "null". */
    private static String tekst(String waarde) {
        return waarde == null ? "" : waarde;
    }
}

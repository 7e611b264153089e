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
import java.util.Map;
import java.util.Optional;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.klacht.Klachtweergaven.*;
import nl.jeugdportaal.klacht.formulier.Behandelformulieren;
import nl.jeugdportaal.klacht.formulier.Formulierinvoer;
import nl.jeugdportaal.klacht.formulier.Indienformulier;
import nl.jeugdportaal.klacht.formulier.Klagerformulieren;
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
    public TemplateInstance klacht(@PathParam("id") Long id, @QueryParam("namens") String namens) {
        return Templates.klacht(detail(kijkers.kijkerOfNietGevonden(namens), id), Map.of(), Map.of());
    }

    @GET
    @Path("{id}/kjmn.pdf")
    @Produces("application/pdf")
    public Response kjmn(@PathParam("id") Long id, @QueryParam("namens") String namens) {
        byte[] pdf = klachten.kjmnDocument(kijkers.kijkerOfNietGevonden(namens), id).orElseThrow(NotFoundException::new);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"klacht-" + id + "-kjmn.pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/klopt-het")
    public Response reageren(@PathParam("id") Long id, @BeanParam Klagerformulieren.Klopt formulier) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(formulier.namens());
        return antwoord(kijker, id, klachten.reageren(kijker, id, formulier, taalkeuze.taal()), formulier, "");
    }

    @POST
    @Path("{id}/naar-kjmn")
    public Response naarKjmn(@PathParam("id") Long id, @BeanParam Klagerformulieren.NaarKjmn formulier) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(formulier.namens());
        return antwoord(kijker, id, klachten.naarKjmnGestuurd(kijker, id, formulier, taalkeuze.taal()), formulier, "");
    }

    @POST
    @Path("{id}/verder")
    public Response verder(@PathParam("id") Long id, @RestForm String namens) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(namens);
        if (!klachten.verder(kijker, id)) {
            throw new NotFoundException();
        }
        return naar(id, kijker);
    }

    // ---- The staff steps, one form each ------------------------------------------------------------

    @POST
    @Path("{id}/gesprek")
    public Response gesprek(@PathParam("id") Long id, @BeanParam Behandelformulieren.Gesprek formulier) {
        return registreer(id, Behandelstap.GESPREK, formulier, behandeling::gesprek);
    }

    @POST
    @Path("{id}/verslag")
    public Response verslag(@PathParam("id") Long id, @BeanParam Behandelformulieren.Verslag formulier) {
        return registreer(id, Behandelstap.VERSLAG, formulier, behandeling::verslag);
    }

    @POST
    @Path("{id}/afspraak")
    public Response afspraak(@PathParam("id") Long id, @BeanParam Behandelformulieren.Afspraak formulier) {
        return registreer(id, Behandelstap.AFSPRAAK, formulier, behandeling::afspraak);
    }

    @POST
    @Path("{id}/afspraak-gedaan")
    public Response afspraakGedaan(@PathParam("id") Long id, @BeanParam Behandelformulieren.AfspraakGedaan formulier) {
        return registreer(id, Behandelstap.AFSPRAAK_GEDAAN, formulier, behandeling::afspraakGedaan);
    }

    @POST
    @Path("{id}/uitkomst")
    public Response uitkomst(@PathParam("id") Long id, @BeanParam Behandelformulieren.Uitkomst formulier) {
        return registreer(id, Behandelstap.UITKOMST, formulier, behandeling::uitkomst);
    }

    @POST
    @Path("{id}/andere-jeugdbeschermer")
    public Response andereJeugdbeschermer(@PathParam("id") Long id,
            @BeanParam Behandelformulieren.AndereJeugdbeschermer formulier) {
        return registreer(id, Behandelstap.ANDERE_JEUGDBESCHERMER, formulier, behandeling::andereJeugdbeschermer);
    }

    @POST
    @Path("{id}/kjmn")
    public Response kjmnMijlpaal(@PathParam("id") Long id, @BeanParam Behandelformulieren.Kjmn formulier) {
        return registreer(id, Behandelstap.KJMN, formulier, behandeling::kjmn);
    }

    @POST
    @Path("{id}/uitspraak")
    public Response uitspraak(@PathParam("id") Long id, @BeanParam Behandelformulieren.Uitspraken formulier) {
        return registreer(id, Behandelstap.UITSPRAAK, formulier, behandeling::uitspraak);
    }

    @POST
    @Path("{id}/instellingsreactie")
    public Response instellingsreactie(@PathParam("id") Long id, @BeanParam Behandelformulieren.Reactie formulier) {
        return registreer(id, Behandelstap.INSTELLINGSREACTIE, formulier, behandeling::instellingsreactie);
    }

    private <F extends Record> Response registreer(Long id, Behandelstap stap, F formulier, Klachtbehandeling.Stap<F> uitvoering) {
        Kijker kijker = kijkers.kijkerOfNietGevonden(null);
        // Several staff forms have a field of the same name: the form that was sent gets its errors and text back.
        return antwoord(kijker, id, behandeling.registreer(kijker, id, stap, formulier, taalkeuze.taal(), uitvoering), formulier,
                stap.naam + ".");
    }

    /** Back to the complaint when saved; else the page again, with the errors next to the fields and the text kept. */
    private Response antwoord(Kijker kijker, Long id, Optional<Map<String, String>> uitkomst, Record formulier,
            String voorvoegsel) {
        Map<String, String> fouten = uitkomst.orElseThrow(NotFoundException::new);
        if (fouten.isEmpty()) {
            return naar(id, kijker);
        }
        Map<String, String> genoemd = new HashMap<>();
        fouten.forEach((veld, fout) -> genoemd.put(voorvoegsel + veld, fout));
        return Response.status(400).entity(Templates.klacht(detail(kijker, id), genoemd,
                Formulierinvoer.van(formulier, voorvoegsel))).build();
    }

    private void magLeren() {
        if (!Klachttoegang.magLeren(kijkers.kijkerOfNietGevonden(null))) {
            throw new ForbiddenException();
        }
    }

    private Detail detail(Kijker kijker, Long id) {
        return klachten.bekijk(kijker, id, taalkeuze.taal()).orElseThrow(NotFoundException::new);
    }

    private static Response naar(Long id, Kijker kijker) {
        return Response.seeOther(URI.create("/klachten/" + id + kijker.namensParameter())).build();
    }
}

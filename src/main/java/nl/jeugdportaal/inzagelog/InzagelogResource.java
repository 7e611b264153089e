package nl.jeugdportaal.inzagelog;

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
import java.util.Arrays;
import java.util.List;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.HuidigeGebruiker;
import nl.jeugdportaal.identiteit.KijkerBron;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.web.Taalkeuze;

/** The page "Wie heeft mijn gegevens bekeken?". */
@Path("/inzagelog")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class InzagelogResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inzagelog(Inzagelog log, Zoekvelden velden, String fout, boolean fg);

        static native TemplateInstance zoeken(Logzoeken.Resultaat log, Zoekvelden velden, String fout,
                List<Uitkomst> uitkomsten);
    }

    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    InzagelogService service;
    @Inject
    Taalkeuze taalkeuze;
    @Inject
    Logzoeken logzoeken;
    @Inject
    KijkerBron kijkers;

    @GET
    public TemplateInstance inzagelog(@QueryParam("over") String over, @QueryParam("van") String van,
            @QueryParam("vanUur") String vanUur, @QueryParam("tot") String tot, @QueryParam("totUur") String totUur,
            @QueryParam("voor") String voor, @QueryParam("na") String na) {
        Persoon ik = gebruiker.persoon().orElseThrow(NotFoundException::new);
        Long overId = Idinvoer.getal(over);
        // The same date fields as the dossier page, so the same messages when a date is wrong.
        Tijdvak periode = Tijdvak.lees(van, vanUur, tot, totUur, taalkeuze.taal());
        Inzagelog log = service.lees(ik, overId, periode, voor, na, taalkeuze.taal())
                .orElseThrow(NotFoundException::new);
        Zoekvelden velden = Zoekvelden.van("/inzagelog", van, vanUur, tot, totUur).met("over", log.persoonId().toString());
        return Templates.inzagelog(log, velden, periode.fout(), Logzoeken.mag(kijkers.kijkerOfNietGevonden(null)));
    }

    /** The FG's search through every line; anyone else gets "not found". */
    @GET
    @Path("zoeken")
    public TemplateInstance zoeken(@QueryParam("persoon") String persoon, @QueryParam("actor") String actor,
            @QueryParam("client") String client, @QueryParam("stuk") String stuk, @QueryParam("uitkomst") String uitkomst,
            @QueryParam("van") String van, @QueryParam("vanUur") String vanUur, @QueryParam("tot") String tot,
            @QueryParam("totUur") String totUur, @QueryParam("voor") String voor, @QueryParam("na") String na) {
        Tijdvak periode = Tijdvak.lees(van, vanUur, tot, totUur, taalkeuze.taal());
        Uitkomst gekozen = Arrays.stream(Uitkomst.values()).filter(u -> u.name().equals(uitkomst)).findFirst()
                .orElse(null);
        Logzoeken.Resultaat log = logzoeken.zoek(kijkers.kijkerOfNietGevonden(null),
                new Logzoeken.Zoekvraag(persoon, actor, client, stuk, gekozen, periode), voor, na, taalkeuze.taal())
                .orElseThrow(NotFoundException::new);
        Zoekvelden velden = Zoekvelden.van("/inzagelog/zoeken", van, vanUur, tot, totUur).met("persoon", persoon)
                .met("actor", actor).met("client", client).met("stuk", stuk)
                .met("uitkomst", gekozen == null ? null : gekozen.name());
        return Templates.zoeken(log, velden, periode.fout(), List.of(Uitkomst.values()));
    }
}

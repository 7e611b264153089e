package nl.jeugdportaal.bronsysteem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import nl.jeugdportaal.bronsysteem.regels.Fout;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.registratie.StukDocument;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The registratie API of the contract (registratie-api.md): the GI's own case system registers
 * the family, the dossier and the plan by its own ids. Only a bearer token of the client with the
 * realm role {@code bronsysteem} gets in (the OIDC tenant "bronsysteem" serves this path).
 */
@Path("/api/registratie/v1")
@RolesAllowed(RegistratieResource.ROL)
@Produces(MediaType.APPLICATION_JSON + ";charset=utf-8")
public class RegistratieResource {
    public static final String ROL = "bronsysteem";
    /** Far above any real stuk; the original document has its own limit ({@code StukDocument.MAXIMUM}). */
    static final int MAXIMUM_JSON = 5 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(RegistratieResource.class);

    @Inject
    Registraties registraties;

    @Inject

    Dossierregistraties dossiers;

    @Inject

    Relatieregistraties relaties;
    @Inject
    Documenten documenten;
    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    ObjectMapper json;
    /**
     * The caller, not an injected JsonWebToken: injecting that makes quarkus-oidc verify the access
     * token in every tenant, also in the portal's own login, where the session has no access token.
     */
    @Inject
    SecurityIdentity caller;
    @Inject
    HttpHeaders headers;

    @GET
    @Path("personen/{id}")
    public Response persoon(@PathParam("id") String id) {
        return lees(id, () -> registraties.persoon(id), "Persoon");
    }

    @PUT
    @Path("personen/{id}")
    public Response zetPersoon(@PathParam("id") String id, InputStream body) {
        return zet(id, body, Vormen.Persoon.class, (v, m) -> registraties.zetPersoon(id, v, m, client()));
    }

    @GET
    @Path("relaties/{id}")
    public Response relatie(@PathParam("id") String id) {
        return lees(id, () -> relaties.relatie(id), "Relatie");
    }

    @PUT
    @Path("relaties/{id}")
    public Response zetRelatie(@PathParam("id") String id, InputStream body) {
        return zet(id, body, Vormen.Relatie.class, (v, m) -> relaties.zetRelatie(id, v, m, client()));
    }

    @GET
    @Path("wilsonbekwaamheden/{id}")
    public Response wilsonbekwaamheid(@PathParam("id") String id) {
        return lees(id, () -> relaties.wilsonbekwaamheid(id), "Wilsonbekwaamheid");
    }

    @PUT
    @Path("wilsonbekwaamheden/{id}")
    public Response zetWilsonbekwaamheid(@PathParam("id") String id, InputStream body) {
        return zet(id, body, Vormen.Wilsonbekwaamheid.class, (v, m) -> relaties.zetWilsonbekwaamheid(id, v, m, client()));
    }

    @GET
    @Path("medewerkers/{id}")
    public Response medewerker(@PathParam("id") String id) {
        return lees(id, () -> registraties.medewerker(id), "Medewerker");
    }

    @PUT
    @Path("medewerkers/{id}")
    public Response zetMedewerker(@PathParam("id") String id, InputStream body) {
        return zet(id, body, Vormen.Medewerker.class, (v, m) -> registraties.zetMedewerker(id, v, m, client()));
    }

    @GET
    @Path("vertrouwenspersonen/{id}")
    public Response vertrouwenspersoon(@PathParam("id") String id) {
        return lees(id, () -> registraties.vertrouwenspersoon(id), "Vertrouwenspersoon");
    }

    @PUT
    @Path("vertrouwenspersonen/{id}")
    public Response zetVertrouwenspersoon(@PathParam("id") String id, InputStream body) {
        return zet(id, body, Vormen.Vertrouwenspersoon.class, (v, m) -> registraties.zetVertrouwenspersoon(id, v, m, client()));
    }

    @GET
    @Path("teams/{id}")
    public Response team(@PathParam("id") String id) {
        return lees(id, () -> registraties.team(id), "Team");
    }

    @PUT
    @Path("teams/{id}")
    public Response zetTeam(@PathParam("id") String id, InputStream body) {
        return zet(id, body, Vormen.Team.class, (v, m) -> registraties.zetTeam(id, v, m, client()));
    }

    @GET
    @Path("dossiers/{id}")
    public Response dossier(@PathParam("id") String id) {
        return lees(id, () -> dossiers.dossier(id), "Dossier");
    }

    @PUT
    @Path("dossiers/{id}")
    public Response zetDossier(@PathParam("id") String id, InputStream body) {
        return zet(id, body, Vormen.Dossier.class, (v, m) -> dossiers.zetDossier(id, v, m, client()));
    }

    @GET
    @Path("dossiers/{id}/maatregelen/{mid}")
    public Response maatregel(@PathParam("id") String id, @PathParam("mid") String mid) {
        return lees(id, () -> lees(mid, () -> dossiers.maatregel(id, mid), "Maatregel"));
    }

    @PUT
    @Path("dossiers/{id}/maatregelen/{mid}")
    public Response zetMaatregel(@PathParam("id") String id, @PathParam("mid") String mid, InputStream body) {
        return lees(id, () -> zet(mid, body, Vormen.Maatregel.class, (v, m) -> dossiers.zetMaatregel(id, mid, v, m, client())));
    }

    @GET
    @Path("dossiers/{id}/stukken/{sid}")
    public Response stuk(@PathParam("id") String id, @PathParam("sid") String sid) {
        return lees(id, () -> lees(sid, () -> dossiers.stuk(id, sid), "Stuk"));
    }

    @PUT
    @Path("dossiers/{id}/stukken/{sid}")
    public Response zetStuk(@PathParam("id") String id, @PathParam("sid") String sid, InputStream body) {
        return lees(id, () -> zet(sid, body, Vormen.Stuk.class, (v, m) -> dossiers.zetStuk(id, sid, v, m, client())));
    }

    @DELETE
    @Path("dossiers/{id}/stukken/{sid}")
    public Response vernietigStuk(@PathParam("id") String id, @PathParam("sid") String sid) {
        return lees(id, () -> lees(sid, () -> {
            dossiers.vernietigStuk(id, sid, client());
            return Response.noContent().build();
        }));
    }

    @PUT
    @Path("dossiers/{id}/stukken/{sid}/document")
    public Response zetDocument(@PathParam("id") String id, @PathParam("sid") String sid, InputStream body) {
        return lees(id, () -> lees(sid, () -> {
            if (!heeftType("application/pdf")) {
                throw Probleem.verkeerdType("application/pdf");
            }
            byte[] pdf = Bodies.lees(body, StukDocument.MAXIMUM, "20 MB");
            boolean nieuw = documenten.zet(id, sid, pdf, client());
            return Response.status(nieuw ? 201 : 200).entity(new Documenten.Ontvangen(pdf.length)).build();
        }));
    }

    @GET
    @Path("dossiers/{id}/plan")
    public Response plan(@PathParam("id") String id) {
        return lees(id, () -> dossiers.plan(id), "Plan");
    }

    @PUT
    @Path("dossiers/{id}/plan")
    public Response zetPlan(@PathParam("id") String id, InputStream body) {
        return zet(id, body, Vormen.Plan.class, (v, m) -> dossiers.zetPlan(id, v, m, client()));
    }

    @GET
    @Path("gebeurtenissen")
    public Response gebeurtenissen(@QueryParam("na") String na, @QueryParam("max") String max) {
        List<Fout> fouten = new ArrayList<>();
        long vanaf = getal(na, "na", 0, Long.MAX_VALUE, 0, fouten);
        long aantal = getal(max, "max", 1, Gebeurtenissen.MAXIMUM, Gebeurtenissen.STANDAARD, fouten);
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig(fouten);
        }
        return Response.ok(gebeurtenissen.na(vanaf, (int) aantal)).build();
    }

    @ServerExceptionMapper
    public Response probleem(Probleem p) {
        return Response.status(p.status).type(Probleem.MEDIA_TYPE).entity(p.body()).build();
    }

    // --- the steps every call shares -------------------------------------------------------

    private Response lees(String id, Supplier<Optional<Registraties.Antwoord>> lees, String wat) {
        return lees(id, () -> lees.get().map(a -> Response.ok(a.vorm()).tag(etag(a.etag())).build())
                .orElseThrow(() -> Probleem.nietGevonden(wat + " " + id)));
    }

    /** Checks the id of the path first: an id the contract does not allow was never stored. */
    private static Response lees(String id, Supplier<Response> antwoord) {
        if (!Vormcontrole.ID.matcher(id).matches()) {
            throw Probleem.ongeldig(List.of(new Fout("{id}", Vormcontrole.ID_MELDING)));
        }
        return antwoord.get();
    }

    private <V> Response zet(String id, InputStream body, Class<V> vorm, BiFunction<V, String, Registraties.Antwoord> zet) {
        return lees(id, () -> {
            if (!heeftType(MediaType.APPLICATION_JSON)) {
                throw Probleem.verkeerdType("application/json");
            }
            V v = Vormcontrole.lees(json, Bodies.lees(body, MAXIMUM_JSON, "5 MB"), vorm);
            Registraties.Antwoord a = zet.apply(v, headers.getHeaderString(HttpHeaders.IF_MATCH));
            return Response.status(a.nieuw() ? 201 : 200).entity(a.vorm()).tag(etag(a.etag())).build();
        });
    }

    private boolean heeftType(String verwacht) {
        MediaType type = headers.getMediaType();
        return type != null && (type.getType() + "/" + type.getSubtype()).equalsIgnoreCase(verwacht);
    }

    private static EntityTag etag(String metAanhalingstekens) {
        return new EntityTag(metAanhalingstekens.substring(1, metAanhalingstekens.length() - 1));
    }

    /** The client the token was issued to: the actor of every change in the audit log. */
    private String client() {
        Object azp = caller.getPrincipal() instanceof JsonWebToken token ? token.getClaim("azp") : null;
        return azp != null ? azp.toString() : ROL;
    }

    private static long getal(String waarde, String veld, long van, long tot, long standaard, List<Fout> fouten) {
        if (waarde == null || waarde.isEmpty()) {
            return standaard;
        }
        try {
            long getal = Long.parseLong(waarde);
            if (getal >= van && getal <= tot) {
                return getal;
            }
        } catch (NumberFormatException e) {
            LOG.debugf("%s is geen getal: %s", veld, waarde);
        }
        fouten.add(new Fout(veld, "Hier hoort een geheel getal van " + van + " tot en met " + tot + "."));
        return standaard;
    }
}

package nl.jeugdportaal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A person who hits an error sees a calm page with a reference they can read out on the phone;
 * the stack trace goes to the log under that same reference, never to the browser.
 */
public class FoutAfhandeling {
    private static final Logger LOG = Logger.getLogger(FoutAfhandeling.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fout(String referentie);

        static native TemplateInstance nietGevonden();

        static native TemplateInstance nietToegestaan();

        static native TemplateInstance formulierVerlopen();

        static native TemplateInstance teVaak(int perUur);

        static native TemplateInstance storing(String referentie);
    }

    @ServerExceptionMapper
    public Response nietGevonden(NotFoundException e) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(Templates.nietGevonden()).build();
    }

    /** A form address opened as a link (a bookmark, Back after sending): the portal's own page, not a bare 405. */
    @ServerExceptionMapper
    public Response nietToegestaan(NotAllowedException e) {
        Response.ResponseBuilder antwoord = Response.status(405).type(MediaType.TEXT_HTML_TYPE).entity(Templates.nietToegestaan());
        e.getResponse().getAllowedMethods().forEach(m -> antwoord.header(HttpHeaders.ALLOW, m));
        return antwoord.build();
    }

    @ServerExceptionMapper
    public Response onverwacht(Throwable e) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return web.getResponse();
        }
        String referentie = Referentie.nieuw();
        if (Databasestoring.isOorzaakVan(e)) {
            LOG.warnf(e, "Database niet bereikbaar, referentie %s", referentie);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, 60)
                    .type(MediaType.TEXT_HTML_TYPE).entity(Templates.storing(referentie)).build();
        }
        LOG.errorf(e, "Onverwachte fout, referentie %s", referentie);
        return Response.serverError().type(MediaType.TEXT_HTML_TYPE).entity(Templates.fout(referentie)).build();
    }
}

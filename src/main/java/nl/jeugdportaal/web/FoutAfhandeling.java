package nl.jeugdportaal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
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

        static native TemplateInstance formulierVerlopen();

        static native TemplateInstance teVaak(int perUur);
    }

    @ServerExceptionMapper
    public Response nietGevonden(NotFoundException e) {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(Templates.nietGevonden()).build();
    }

    @ServerExceptionMapper
    public Response onverwacht(Throwable e) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return web.getResponse();
        }
        String referentie = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.errorf(e, "Onverwachte fout, referentie %s", referentie);
        return Response.serverError().type(MediaType.TEXT_HTML_TYPE).entity(Templates.fout(referentie)).build();
    }
}

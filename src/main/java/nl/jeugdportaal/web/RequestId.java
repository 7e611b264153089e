package nl.jeugdportaal.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * One id per request in every log line written for it (the JSON log's "mdc"), and in the answer's
 * {@code X-Request-Id} header, so a person's "code" on an error page, the load balancer's log and
 * the portal's log of all instances can be matched. HAProxy sets the header (scripts/cluster);
 * without one the portal makes an id. A header that is not a plain token is replaced: it goes into logs.
 */
@ApplicationScoped
public class RequestId {
    public static final String KOP = "X-Request-Id";
    public static final String MDC_SLEUTEL = "requestId";
    private static final Pattern NETJES = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    void registreer(@Observes Filters filters) {
        filters.register(rc -> {
            String gegeven = rc.request().getHeader(KOP);
            String id = gegeven != null && NETJES.matcher(gegeven).matches() ? gegeven : UUID.randomUUID().toString();
            MDC.put(MDC_SLEUTEL, id);
            rc.response().putHeader(KOP, id);
            rc.addEndHandler(v -> MDC.remove(MDC_SLEUTEL));
            rc.next();
        }, 1000);
    }
}

package nl.jeugdportaal.bronsysteem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.jeugdportaal.outbox.OutboxWorker;
import nl.jeugdportaal.registratie.Gebeurtenissen.Gebeurtenis;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The optional push of the feed: when {@code jeugdportaal.gebeurtenissen.webhook.url} is set, each
 * event is POSTed there as JSON, in the shape and the order of the feed, signed with HMAC-SHA256
 * over the body in {@value #HANDTEKENING} ({@code sha256=<hex>}). A scheduled worker sends, never the
 * user's request. The receiver's progress is one row, {@code gebeurtenis_webhook}, locked with
 * {@code FOR UPDATE SKIP LOCKED} for each event: with several instances an event goes out from one
 * of them, and the next only after the receiver accepted it (any 2xx). A refusal or no answer waits
 * as the outbox does, doubling from a minute to an hour, and that same event is sent again. At least
 * once: if the database fails after the receiver accepted an event, it comes again with the same
 * volgnummer, which a receiver uses to skip it.
 */
@Startup
@ApplicationScoped
public class Webhook {
    public static final String HANDTEKENING = "X-Jeugdportaal-Handtekening";
    private static final Logger LOG = Logger.getLogger(Webhook.class);
    /** A round ends after this many, so a large backlog leaves room for the instance's other jobs. */
    private static final int PER_RONDE = 200;
    /** A receiver that takes longer counts as down; the lock on the progress row lasts at most this long. */
    private static final Duration GEDULD = Duration.ofSeconds(10);

    private final Optional<URI> url;
    private final Optional<String> geheim;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(GEDULD)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;

    @Inject
    Webhook(@ConfigProperty(name = "jeugdportaal.gebeurtenissen.webhook.url") Optional<URI> url,
            @ConfigProperty(name = "jeugdportaal.gebeurtenissen.webhook.geheim") Optional<String> geheim) {
        // An unsigned push would let anyone who finds the receiver's address feed it false events.
        if (url.isPresent() && geheim.filter(g -> !g.isBlank()).isEmpty()) {
            throw new IllegalStateException("jeugdportaal.gebeurtenissen.webhook.url is gezet zonder "
                    + "jeugdportaal.gebeurtenissen.webhook.geheim: de webhook ondertekent elke gebeurtenis");
        }
        this.url = url;
        this.geheim = geheim;
    }

    @Scheduled(identity = "gebeurtenissen-webhook", every = "${jeugdportaal.gebeurtenissen.webhook.interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void gepland() {
        bezorg();
    }

    /** Sends, in order, what the receiver has not accepted yet, until a refusal; returns how many it accepted. */
    public int bezorg() {
        if (url.isEmpty()) {
            return 0;
        }
        // Numbering holds the feed's lock: its own short transaction, never one that waits for the receiver.
        QuarkusTransaction.requiringNew().run(gebeurtenissen::nummer);
        int bezorgd = 0;
        while (bezorgd < PER_RONDE && QuarkusTransaction.requiringNew().call(this::bezorgVolgende)) {
            bezorgd++;
        }
        return bezorgd;
    }

    /** The next event, under the lock of the progress row: true when the receiver accepted it. */
    private boolean bezorgVolgende() {
        List<?> stand = em.createNativeQuery("select laatst_bezorgd, pogingen from gebeurtenis_webhook where id = 1"
                + " and (volgende_poging is null or volgende_poging <= :nu) for update skip locked")
                .setParameter("nu", Timestamp.from(clock.instant())).getResultList();
        if (stand.isEmpty()) {
            return false; // another instance is sending, or the receiver's next try is not due yet
        }
        Object[] rij = (Object[]) stand.get(0);
        List<Gebeurtenis> volgende = gebeurtenissen.genummerd(((Number) rij[0]).longValue(), 1);
        if (volgende.isEmpty()) {
            return false;
        }
        Gebeurtenis g = volgende.get(0);
        Optional<String> fout = stuur(g);
        if (fout.isEmpty()) {
            em.createNativeQuery("update gebeurtenis_webhook set laatst_bezorgd = :nummer, pogingen = 0,"
                    + " volgende_poging = null, laatste_fout = null where id = 1")
                    .setParameter("nummer", g.volgnummer()).executeUpdate();
            return true;
        }
        int pogingen = ((Number) rij[1]).intValue() + 1;
        Instant later = clock.instant().plus(OutboxWorker.wachttijd(pogingen));
        em.createNativeQuery("update gebeurtenis_webhook set pogingen = :pogingen, volgende_poging = :later,"
                + " laatste_fout = :fout where id = 1")
                .setParameter("pogingen", pogingen).setParameter("later", Timestamp.from(later))
                .setParameter("fout", fout.get()).executeUpdate();
        LOG.warnf("Gebeurtenis %d niet bezorgd bij de webhook (poging %d), opnieuw na %s: %s", g.volgnummer(), pogingen,
                later, fout.get());
        return false;
    }

    /** Empty when the receiver accepted the event; else what went wrong. */
    private Optional<String> stuur(Gebeurtenis g) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(g);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest verzoek = HttpRequest.newBuilder(url.orElseThrow()).timeout(GEDULD)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(HANDTEKENING, handtekening(body, geheim.orElseThrow()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            int status = http.send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (IOException e) {
            return Optional.of(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("onderbroken");
        }
    }

    /** {@code sha256=} and the lowercase hex HMAC-SHA256 of the body under the shared secret. */
    public static String handtekening(byte[] body, String geheim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

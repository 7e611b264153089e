package nl.jeugdportaal.verzoek;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.jeugdportaal.identiteit.HuidigeGebruiker;
import nl.jeugdportaal.outbox.OutboxMail;
import nl.jeugdportaal.registratie.Persoon;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The person's messages about their requests. In the demo and the tests no mail leaves the machine
 * (the mailer's mock mailbox), so this page also shows the e-mails that were "sent" to this person.
 * They are read from the outbox in PostgreSQL, not from the mock mailbox in one instance's memory,
 * so every instance of a cluster shows the same.
 */
@Path("/berichten")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class BerichtenResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance berichten(List<Weergaven.Bericht> berichten, boolean demo,
                List<Weergaven.Mail> mails);
    }

    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Verzoeken verzoeken;
    @Inject
    nl.jeugdportaal.web.Taalkeuze taal;
    @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false")
    boolean mock;

    @GET
    public TemplateInstance berichten() {
        Persoon ik = gebruiker.persoon().orElseThrow(NotFoundException::new);
        List<Weergaven.Mail> mails = !mock || ik.email == null ? List.of()
                : OutboxMail.verstuurdAan(ik.email).stream()
                        .map(m -> new Weergaven.Mail(m.aan, m.onderwerp, m.tekst)).toList();
        return Templates.berichten(verzoeken.berichten(ik, taal.taal()), mock, mails);
    }
}

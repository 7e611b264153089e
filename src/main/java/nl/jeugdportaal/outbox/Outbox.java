package nl.jeugdportaal.outbox;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Where a feature puts the mail it wants to send. The mail is rendered from its Qute templates
 * now, inside the caller's transaction, and stored; it leaves only once that transaction commits
 * ({@link OutboxWorker}), so a rollback never mails and a decision that was saved always does.
 */
@ApplicationScoped
public class Outbox {
    /** Fired for every stored mail; the worker picks it up after the commit. */
    public record Geplaatst(long id) {
    }

    @Inject
    Clock clock;
    @Inject
    Event<Geplaatst> geplaatst;

    @Transactional(Transactional.TxType.MANDATORY)
    public void plaats(String aan, TemplateInstance onderwerp, TemplateInstance tekst) {
        OutboxMail mail = new OutboxMail();
        mail.aan = aan;
        // A subject is one line; a template that ends in a newline must not put it in the header.
        mail.onderwerp = onderwerp.render().strip();
        mail.tekst = tekst.render();
        mail.gemaaktOp = clock.instant();
        mail.volgendePoging = mail.gemaaktOp;
        mail.persist();
        geplaatst.fire(new Geplaatst(mail.id));
    }
}

package nl.jeugdportaal.outbox;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Where a feature puts the mail it wants to send (and, for a {@link Bezorger}, an instruction to another system). The mail is rendered from its Qute templates
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
        // A subject is one line; a template that ends in a newline must not put it in the header.
        bewaar(OutboxMail.MAIL, aan, onderwerp.render().strip(), tekst.render());
    }

    /**
     * An instruction for a {@link Bezorger} of this soort: {@code aan} names what it is about,
     * {@code omschrijving} says it in a line for the operator, {@code inhoud} is what the bezorger reads.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void plaatsOpdracht(String soort, String aan, String omschrijving, String inhoud) {
        bewaar(soort, aan, omschrijving, inhoud);
    }

    private void bewaar(String soort, String aan, String onderwerp, String tekst) {
        OutboxMail bericht = new OutboxMail();
        bericht.soort = soort;
        bericht.aan = aan;
        bericht.onderwerp = onderwerp;
        bericht.tekst = tekst;
        bericht.gemaaktOp = clock.instant();
        bericht.volgendePoging = bericht.gemaaktOp;
        bericht.persist();
        geplaatst.fire(new Geplaatst(bericht.id));
    }
}

package nl.jeugdportaal.verzoek;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import nl.jeugdportaal.outbox.Outbox;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.web.Tweetalig;

/**
 * Tells the client (and the vertrouwenspersoon who filed for them) that a request or complaint
 * changed: a message in the portal with the details, and an e-mail that only says there is news.
 * Dossier details never go by e-mail: mail is not a safe channel for them. The mail goes through
 * the outbox, so it leaves only when the change it tells about was saved.
 */
@ApplicationScoped
public class Meldingen {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance nieuwsOnderwerp(String onderwerp);

        static native TemplateInstance nieuws(String voornaam, String wat);
    }

    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void verzoekGewijzigd(Verzoek verzoek, Tweetalig onderwerp, Tweetalig tekst) {
        stuur(verzoek.aanvrager, verzoek.indiener, "een verzoek", b -> b.verzoek = verzoek, onderwerp, tekst);
    }

    /**
     * For another feature's case (a complaint): the message links to {@code pad}; the filer who is
     * not the client gets the link "namens" the client, as on every other page.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void gewijzigd(Persoon client, Persoon indiener, String wat, String pad, Tweetalig onderwerp,
            Tweetalig tekst) {
        stuur(client, indiener, wat, b -> b.pad = b.persoon.id.equals(client.id) ? pad : pad + "?namens=" + client.id,
                onderwerp, tekst);
    }

    private void stuur(Persoon client, Persoon indiener, String wat, Consumer<Bericht> koppel, Tweetalig onderwerp,
            Tweetalig tekst) {
        Set<Persoon> ontvangers = new LinkedHashSet<>();
        ontvangers.add(client);
        ontvangers.add(indiener);
        for (Persoon ontvanger : ontvangers) {
            Bericht bericht = new Bericht();
            bericht.persoon = ontvanger;
            koppel.accept(bericht);
            bericht.tekst(onderwerp, tekst);
            bericht.tijdstip = clock.instant();
            bericht.persist();
            if (ontvanger.email != null) {
                outbox.plaats(ontvanger.email, Templates.nieuwsOnderwerp(onderwerp.nl()),
                        Templates.nieuws(ontvanger.voornaam, wat));
            }
        }
    }
}

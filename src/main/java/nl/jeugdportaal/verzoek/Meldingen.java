package nl.jeugdportaal.verzoek;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.jeugdportaal.registratie.Persoon;

/**
 * Tells the requester (and the vertrouwenspersoon who filed for them) that a request changed: a
 * message in the portal with the details, and an e-mail that only says there is news. Dossier
 * details never go by e-mail: mail is not a safe channel for them.
 */
@ApplicationScoped
public class Meldingen {
    @Inject
    Mailer mailer;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void verzoekGewijzigd(Verzoek verzoek, String onderwerp, String tekst) {
        Set<Persoon> ontvangers = new LinkedHashSet<>();
        ontvangers.add(verzoek.aanvrager);
        ontvangers.add(verzoek.indiener);
        for (Persoon ontvanger : ontvangers) {
            Bericht bericht = new Bericht();
            bericht.persoon = ontvanger;
            bericht.verzoek = verzoek;
            bericht.onderwerp = onderwerp;
            bericht.tekst = tekst;
            bericht.tijdstip = clock.instant();
            bericht.persist();
            if (ontvanger.email != null) {
                mailer.send(Mail.withText(ontvanger.email, "Jeugdportaal: " + onderwerp,
                        "Beste " + ontvanger.voornaam + ",\n\nEr is nieuws over een verzoek in het Jeugdportaal. "
                                + "Log in om het te lezen: kijk bij 'Berichten'.\n\n"
                                + "Dit is een automatisch bericht. U kunt er niet op antwoorden."));
            }
        }
    }
}

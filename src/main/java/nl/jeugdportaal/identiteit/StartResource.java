package nl.jeugdportaal.identiteit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdportaal.identiteit.regels.Rolbepaling;
import nl.jeugdportaal.inzage.Kijker;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.web.Taalkeuze;

/** The start page after login: a greeting, the children and clients, and who helps. */
@Path("/start")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StartResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Overzicht overzicht);

        static native TemplateInstance onbekend(String gebruikersnaam, boolean viaDigid);

        static native TemplateInstance teJong(String voornaam, int vanaf);
    }

    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    OverzichtService overzichten;
    @Inject
    Clock clock;
    @Inject
    Taalkeuze taalkeuze;

    @GET
    public TemplateInstance start() {
        Optional<Persoon> ik = gebruiker.persoon();
        return switch (gebruiker.toegang().uitkomst()) {
            case ONBEKEND -> Templates.onbekend(gebruiker.gebruikersnaam(), gebruiker.viaDigid());
            case TE_JONG -> Templates.teJong(ik.orElseThrow().voornaam, Rolbepaling.OPEN_VANAF);
            case BEKEND -> Templates.start(overzichten.voor(new Kijker(ik.orElseThrow(), gebruiker.rollen(), null),
                    LocalDate.now(clock), taalkeuze.taal()));
        };
    }
}

package nl.jeugdportaal.overzicht;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.identiteit.HuidigeGebruiker;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.regels.Rolbepaling;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.taken.Taak;
import nl.jeugdportaal.taken.TakenService;
import nl.jeugdportaal.taken.Werklijstfilter;
import nl.jeugdportaal.web.Taalkeuze;

/** The start page after login: a greeting, the children and clients, and who helps. */
@Path("/start")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StartResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Overzicht overzicht, List<Taak> taken, Werklijstfilter filter);

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
    @Inject
    TakenService taken;

    /** Tasks first: a client sees what waits for them; a staff member gets the worklist, with its filter. */
    @GET
    public TemplateInstance start(@QueryParam("soort") String soort, @QueryParam("telaat") String teLaat,
            @QueryParam("zoek") String zoek) {
        Optional<Persoon> ik = gebruiker.persoon();
        return switch (gebruiker.toegang().uitkomst()) {
            case ONBEKEND -> Templates.onbekend(gebruiker.gebruikersnaam(), gebruiker.viaDigid());
            case TE_JONG -> Templates.teJong(ik.orElseThrow().voornaam, Rolbepaling.OPEN_VANAF);
            case BEKEND -> {
                Kijker kijker = new Kijker(ik.orElseThrow(), gebruiker.rollen(), null);
                LocalDate vandaag = LocalDate.now(clock);
                Overzicht overzicht = overzichten.voor(kijker, vandaag, taalkeuze.taal());
                Werklijstfilter filter = Werklijstfilter.lees(soort, teLaat, zoek);
                List<Taak> lijst = overzicht.medewerker() ? taken.werklijst(kijker, filter, taalkeuze.taal())
                        : taken.voorClient(kijker, vandaag, taalkeuze.taal());
                yield Templates.start(overzicht, lijst, filter);
            }
        };
    }
}

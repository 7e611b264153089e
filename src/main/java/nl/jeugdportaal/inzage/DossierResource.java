package nl.jeugdportaal.inzage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The dossier page: what the viewer may read, and a line for every stuk they may not. */
@Path("/dossier/{kindId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DossierResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dossier(Dossierweergave dossier, List<StukSoort> soorten, String van,
                String tot, String soort, String filterFout);
    }

    @Inject
    KijkerBron kijkers;
    @Inject
    InzageService inzage;

    @GET
    public TemplateInstance dossier(@PathParam("kindId") String kindId, @QueryParam("soort") String soort,
            @QueryParam("van") String van, @QueryParam("tot") String tot, @QueryParam("pagina") String pagina,
            @QueryParam("namens") String namens) {
        Filterinvoer invoer = Filterinvoer.lees(soort, van, tot);
        Kijker kijker = kijkers.kijker(Filterinvoer.getal(namens)).orElseThrow(NotFoundException::new);
        Long kind = Filterinvoer.getal(kindId);
        if (kind == null) {
            throw new NotFoundException();
        }
        Integer paginanummer = Filterinvoer.getal(pagina) == null ? 1 : Filterinvoer.getal(pagina).intValue();
        Dossierweergave weergave = inzage.dossier(kijker, kind, invoer.filter(), paginanummer)
                .orElseThrow(NotFoundException::new);
        return Templates.dossier(weergave, List.of(StukSoort.values()), van, tot, soort, invoer.fout());
    }

    /** The filter as typed; a date that cannot be read is reported next to the field and ignored. */
    record Filterinvoer(Dossierweergave.Filter filter, String fout) {
        static Filterinvoer lees(String soort, String van, String tot) {
            StukSoort s = null;
            for (StukSoort kandidaat : StukSoort.values()) {
                if (kandidaat.name().equals(soort)) {
                    s = kandidaat;
                }
            }
            try {
                LocalDate vanaf = leeg(van) ? null : LocalDate.parse(van.strip());
                LocalDate totEnMet = leeg(tot) ? null : LocalDate.parse(tot.strip());
                if (vanaf != null && totEnMet != null && totEnMet.isBefore(vanaf)) {
                    return new Filterinvoer(new Dossierweergave.Filter(s, null, null),
                            "De einddatum ligt voor de begindatum. Kies een einddatum na de begindatum.");
                }
                return new Filterinvoer(new Dossierweergave.Filter(s, vanaf, totEnMet), null);
            } catch (DateTimeParseException e) {
                return new Filterinvoer(new Dossierweergave.Filter(s, null, null),
                        "Deze datum kunnen we niet lezen. Kies een datum in de kalender.");
            }
        }

        static Long getal(String tekst) {
            if (leeg(tekst) || tekst.length() > 18 || !tekst.strip().matches("[0-9]+")) {
                return null;
            }
            return Long.valueOf(tekst.strip());
        }

        private static boolean leeg(String tekst) {
            return tekst == null || tekst.isBlank();
        }
    }
}

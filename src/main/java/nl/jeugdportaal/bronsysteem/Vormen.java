package nl.jeugdportaal.bronsysteem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the registratie API (contract registratie-api.md), apart from the portal's
 * entities so the contract can stay as it is when the portal's model changes.
 */
public final class Vormen {
    private Vormen() {
    }


    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Persoon(
            @Veld(verplicht = true, bsn = true) String bsn,
            @Veld(verplicht = true, max = 100) String voornaam,
            @Veld(max = 50) String tussenvoegsel,
            @Veld(verplicht = true, max = 100) String achternaam,
            @Veld(verplicht = true) LocalDate geboortedatum,
            @Veld(max = 200) String email,
            @Veld(max = 40) String telefoon) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Relatie(
            @Veld(verplicht = true, keuze = {"ouder", "voogd", "vertegenwoordiger"}) String soort,
            @Veld(verplicht = true, id = true) String persoon,
            @Veld(verplicht = true, id = true) String kind,
            @Veld(verplicht = true) Boolean gezag,
            @Veld(verplicht = true) LocalDate vanaf,
            LocalDate tot) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Wilsonbekwaamheid(
            @Veld(verplicht = true, id = true) String persoon,
            @Veld(verplicht = true) LocalDate vanaf,
            LocalDate tot,
            @Veld(max = 1000) String toelichting) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Medewerker(
            @Veld(verplicht = true, max = 100) String voornaam,
            @Veld(verplicht = true, max = 100) String achternaam,
            @Veld(verplicht = true, keuze = {"jeugdbeschermer", "leidinggevende", "fg"}) String functie,
            @Veld(verplicht = true, max = 100) String login,
            @Veld(id = true) String team,
            @Veld(max = 200) String email,
            @Veld(max = 40) String telefoon,
            LocalDate beeindigdOp) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Vertrouwenspersoon(
            @Veld(verplicht = true, max = 100) String voornaam,
            @Veld(verplicht = true, max = 100) String achternaam,
            @Veld(verplicht = true, max = 200) String organisatie,
            @Veld(verplicht = true, max = 100) String login,
            @Veld(max = 200) String email,
            @Veld(max = 40) String telefoon,
            LocalDate beeindigdOp) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Team(
            @Veld(verplicht = true, max = 100) String naam,
            @Veld(verplicht = true, id = true) String leidinggevende) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dossier(
            @Veld(verplicht = true, id = true) String kind,
            @Veld(verplicht = true, id = true) String jeugdbeschermer,
            @Veld(verplicht = true) LocalDate geopend) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Maatregel(
            @Veld(verplicht = true, keuze = {"OTS", "VOTS", "VOOGDIJ", "MACHTIGING_UITHUISPLAATSING"}) String soort,
            @Veld(verplicht = true) LocalDate begindatum,
            LocalDate einddatum) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stuk(
            @Veld(verplicht = true) LocalDate datum,
            @Veld(verplicht = true, keuze = {"GESPREKSVERSLAG", "CONTACTMOMENT", "VEILIGHEIDSPLAN", "PLAN_VAN_AANPAK",
                "EVALUATIE", "RAPPORTAGE", "BESCHIKKING", "BRIEF", "VERZOEKSCHRIFT", "VERSLAG_OVERLEG",
                "INFORMATIE_DERDEN"}) String soort,
            @Veld(verplicht = true, max = 200) String auteur,
            @Veld(verplicht = true, max = 300) String titel,
            @Veld(verplicht = true, max = 1_000_000) String tekst,
            @Veld(verplicht = true, minstens = 1, id = true) List<String> over,
            Boolean afgeschermd,
            @Veld(max = 2000) String afschermreden,
            List<Deel> delen) {

        /** The persons as a sorted set, so the same stuk sent twice is the same stuk whatever the order. */
        Stuk genormaliseerd() {
            return new Stuk(datum, soort, auteur, titel, tekst, gesorteerd(over), afgeschermd, afschermreden,
                    delen.stream().map(d -> new Deel(d.tekst(), gesorteerd(d.over()))).toList());
        }
    }

    private static List<String> gesorteerd(List<String> ids) {
        return ids.stream().distinct().sorted().toList();
    }

    public record Deel(
            @Veld(verplicht = true, max = 1_000_000) String tekst,
            @Veld(verplicht = true, minstens = 1, id = true) List<String> over) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Plan(
            @Veld(verplicht = true, van = 1, tot = 3) Integer fase,
            @Veld(verplicht = true, keuze = {"CONCEPT", "DEFINITIEF"}) String status,
            @Veld(verplicht = true, max = 10_000) String watMoetVeranderen,
            List<Punt> punten,
            @Veld(verplicht = true, keuze = {"NOG_OPEN", "VERLENGEN", "STOPPEN"}) String voornemenEinde,
            LocalDate eersteContactOp,
            LocalDate planVanAanpakOp,
            LocalDate hulpGestartOp,
            LocalDate volgendeEvaluatie,
            LocalDate verzoekVerlengingOp,
            LocalDate besluitVerlengingOp,
            LocalDate raadIngelichtOp) {
    }

    /**
     * {@code over}: the persons a point is about besides the child and its gezag-holders (DOMAIN.md §2 rule
     * 11: such a point follows rules 1 to 3); optional, left out of the answer when empty.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Punt(
            @Veld(verplicht = true, keuze = {"VEILIGHEIDSPLAN", "PLAN_VAN_AANPAK"}) String onderdeel,
            @Veld(verplicht = true, keuze = {"DOEL", "AFSPRAAK", "VOORWAARDE"}) String soort,
            @Veld(verplicht = true, max = 1000) String tekst,
            @Veld(verplicht = true, keuze = {"NOG_NIET_BEGONNEN", "BEZIG", "GELUKT", "NIET_GELUKT"}) String status,
            @Veld(id = true) List<String> over) {
    }
}

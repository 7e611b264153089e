package nl.jeugdportaal.verzoek.regels;

import java.util.Objects;

/**
 * Who may file which request about a dossier (DOMAIN §3), and what a person can do after a "no".
 *
 * <p>Only the question "may this person ask for this kind of request at all". Which stukken a kopie
 * holds, and which stuk can be the subject of a correctie, is decided per stuk by the inzage rules
 * ({@code nl.jeugdportaal.inzage.regels.Inzageregels}), never here: a second copy of those rules
 * would drift. Plain Java on purpose, like the inzage rules.
 */
public final class Verzoekregels {

    public Toets magIndienen(Verzoeksoort soort, Aanvrager aanvrager) {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(aanvrager, "aanvrager");
        boolean je = aanvrager.jeVorm();
        if (aanvrager.band() == Band.MEDEWERKER) {
            return Toets.nee("Medewerkers dienen geen verzoeken in over dossiers waar zij aan werken. "
                    + "Een cliënt of een vertrouwenspersoon kan dat wel.");
        }
        return switch (soort) {
            case KOPIE -> Toets.ja(je ? "Je mag een kopie vragen van alles wat je in het dossier mag zien."
                    : "U mag een kopie vragen van alles wat u in het dossier mag zien.");
            case CORRECTIE -> Toets.ja(je ? "Klopt er iets niet in een stuk dat je mag zien? Dan mag je vragen om het aan te passen."
                    : "Klopt er iets niet in een stuk dat u mag zien? Dan mag u vragen om het aan te passen.");
            case VERNIETIGING -> vernietiging(aanvrager);
            case INFORMATIE -> informatie(aanvrager);
        };
    }

    /**
     * DOMAIN §3: ouders, and the jeugdige of 12 or older who is wilsbekwaam. A voogd counts as a
     * parent here because a voogd holds gezag in the parents' place (DOMAIN §1); TO CHECK with the FG.
     * A wettelijk vertegenwoordiger is not named in §3 and is refused until someone checks that too.
     */
    private static Toets vernietiging(Aanvrager a) {
        return switch (a.band()) {
            case OUDER, VOOGD -> Toets.ja(a.jeVorm() ? "Je mag vragen om gegevens te vernietigen. Lees eerst wanneer dat niet kan."
                    : "U mag vragen om gegevens te vernietigen. Lees eerst wanneer dat niet kan.");
            case KIND_ZELF -> {
                if (a.wilsonbekwaam()) {
                    yield Toets.nee(a.jeVorm()
                            ? "Er is vastgelegd dat je nu niet zelf over je gegevens kunt beslissen. Daarom kun je niet zelf "
                                    + "vragen om gegevens te vernietigen. Wie voor je beslist, kan dat wel."
                            : "Er is vastgelegd dat u nu niet zelf over uw gegevens kunt beslissen. Daarom kunt u niet zelf "
                                    + "vragen om gegevens te vernietigen. Uw wettelijk vertegenwoordiger kan dat wel.");
                }
                if (a.leeftijd() < 12) {
                    yield Toets.nee("Je bent jonger dan 12 jaar. Dan kun je nog niet zelf vragen om gegevens te vernietigen. "
                            + "Je ouder met gezag of je voogd kan dat wel.");
                }
                yield Toets.ja(a.jeVorm() ? "Je mag vragen om gegevens te vernietigen. Lees eerst wanneer dat niet kan."
                        : "U mag vragen om gegevens te vernietigen. Lees eerst wanneer dat niet kan.");
            }
            default -> Toets.nee(a.jeVorm()
                    ? "Alleen ouders en de jongere zelf (vanaf 12 jaar) kunnen vragen om gegevens te vernietigen."
                    : "Alleen ouders en de jongere zelf (vanaf 12 jaar) kunnen vragen om gegevens te vernietigen. "
                            + "U kunt wel een kopie of een correctie vragen.");
        };
    }

    /**
     * DOMAIN §2 rule 4 and §3: the ouder zonder gezag has a right to information about a minor child
     * (BW 1:377c). The parent with gezag does not have to agree: seed 002 §2.2 reports a GI that
     * wrongly asked for that permission, so no such check exists here.
     */
    private static Toets informatie(Aanvrager a) {
        boolean je = a.jeVorm();
        if (a.band() == Band.OUDER && a.leeftijdKind() >= 18) {
            return Toets.nee((je ? "Je kind is 18 jaar of ouder." : "Uw kind is 18 jaar of ouder.")
                    + " Het recht op informatie van een ouder zonder gezag geldt alleen voor kinderen onder de 18.");
        }
        if (a.band() == Band.OUDER && !a.heeftGezag()) {
            return Toets.ja((je ? "Je hebt geen gezag. Je hebt wel recht op informatie over je kind"
                    : "U heeft geen gezag. U heeft wel recht op informatie over uw kind")
                    + " (artikel 1:377c van het Burgerlijk Wetboek). De ouder met gezag hoeft daar geen toestemming voor te geven.");
        }
        if (a.heeftGezag()) {
            return Toets.nee((je ? "Je hebt gezag. Je kunt het dossier zelf bekijken of een kopie vragen."
                    : "U heeft gezag. U kunt het dossier zelf bekijken of een kopie vragen.")
                    + " Dit verzoek is voor ouders zonder gezag.");
        }
        return Toets.nee("Dit verzoek is alleen voor een ouder zonder gezag (artikel 1:377c van het Burgerlijk Wetboek).");
    }

    /** Said before a vernietiging is filed, so nobody is surprised by a refusal (seed 000 §4). */
    public static String uitzonderingenVernietiging(boolean je) {
        String jij = je ? "je" : "u";
        return "Soms mogen we gegevens niet vernietigen. Dat is zo als de gegevens nog belangrijk zijn voor iemand anders, "
                + "bijvoorbeeld een broer of zus. En soms verbiedt de wet het, zoals de Archiefwet. Dan moeten we het dossier "
                + "een aantal jaren bewaren. De jeugdbeschermer legt " + jij + " dan uit waarom. "
                + "Het vernietigen zelf kan daarna niet meer ongedaan worden. Weet " + jij + " het zeker?";
    }

    /** What the requester can do after a (partial) refusal (DOMAIN §3, last column). */
    public static String naAfwijzing(Verzoeksoort soort, boolean je) {
        return switch (soort) {
            case KOPIE -> je
                    ? "Ben je het niet eens met dit besluit? Dan kun je binnen 6 weken de burgerlijke rechter vragen om te beslissen. "
                            + "Je hebt daar geen advocaat voor nodig."
                    : "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken de burgerlijke rechter vragen om te beslissen. "
                            + "U heeft daar geen advocaat voor nodig.";
            case CORRECTIE -> je
                    ? "We kunnen alleen feiten aanpassen, geen mening van de jeugdbeschermer. Ben je het er niet mee eens? "
                            + "Schrijf dan een eigen verklaring. Die bewaren we bij het stuk. Iedereen die het stuk mag zien, leest ook jouw verklaring."
                    : "We kunnen alleen feiten aanpassen, geen mening van de jeugdbeschermer. Bent u het er niet mee eens? "
                            + "Schrijf dan een eigen verklaring. Die bewaren we bij het stuk. Iedereen die het stuk mag zien, leest ook uw verklaring.";
            case VERNIETIGING -> je
                    ? "Ben je het niet eens met dit besluit? Vraag je jeugdbeschermer om uitleg. Je kunt ook een klacht indienen."
                    : "Bent u het niet eens met dit besluit? Vraag uw jeugdbeschermer om uitleg. U kunt ook een klacht indienen.";
            case INFORMATIE -> "Bent u het niet eens met dit besluit? Vraag uw jeugdbeschermer om uitleg. U kunt ook een klacht "
                    + "indienen of de rechter vragen om te beslissen.";
        };
    }
}

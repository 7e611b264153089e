package nl.jeugdportaal.verzoek.regels;

import nl.jeugdportaal.inzage.regels.Lezer;

import java.util.Objects;

/**
 * Who may file which request about a dossier (DOMAIN §3), and what a person can do after a "no".
 *
 * <p>Only the question "may this person ask for this kind of request at all". Which stukken a kopie
 * holds, and which stuk can be the subject of a correctie, is decided per stuk by the inzage rules
 * ({@code nl.jeugdportaal.inzage.regels.Inzageregels}), never here: a second copy of those rules
 * would drift. Plain Java on purpose, like the inzage rules; every sentence in Dutch ("u" and "je")
 * and English, see {@link Lezer}.
 */
public final class Verzoekregels {
    /** DOMAIN §3: from 16 the wilsbekwame child alone decides about destroying data about the child. */
    public static final int KIND_BESLIST_VANAF = 16;

    /** The rule's answer, with its reason in Dutch or, with {@code engels}, in English. */
    public Toets magIndienen(Verzoeksoort soort, Aanvrager aanvrager, boolean engels) {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(aanvrager, "aanvrager");
        Lezer l = new Lezer(aanvrager.jeVorm(), engels);
        if (aanvrager.band() == Band.MEDEWERKER) {
            return Toets.nee(l.zeg("Medewerkers dienen geen verzoeken in over dossiers waar zij aan werken. "
                    + "Een cliënt of een vertrouwenspersoon kan dat wel.",
                    "Staff do not file requests about files they work on. A client or a confidential adviser "
                            + "(vertrouwenspersoon) can."));
        }
        return switch (soort) {
            case KOPIE -> Toets.ja(l.zeg("U mag een kopie vragen van alles wat u in het dossier mag zien.",
                    "Je mag een kopie vragen van alles wat je in het dossier mag zien.",
                    "You may ask for a copy of everything you may see in the file."));
            case ZWARTGELAKTE_KOPIE -> Toets.ja(l.zeg(
                    "Dit stuk gaat ook over iemand anders. U mag een kopie vragen waarin de delen over anderen zwart zijn "
                            + "gemaakt. De jeugdbeschermer verdeelt het stuk daarvoor in delen. Daarna ziet u in het dossier "
                            + "de delen die u mag zien. We antwoorden binnen een maand.",
                    "Dit stuk gaat ook over iemand anders. Je mag een kopie vragen waarin de delen over anderen zwart zijn "
                            + "gemaakt. De jeugdbeschermer verdeelt het stuk daarvoor in delen. Daarna zie je in het dossier "
                            + "de delen die je mag zien. We antwoorden binnen een maand.",
                    "This document is also about someone else. You may ask for a copy with the parts about others "
                            + "blacked out. The jeugdbeschermer (child protection worker) divides the document into parts "
                            + "for this. Then you see in the file the parts you may see. We answer within one month."));
            case CORRECTIE -> Toets.ja(l.zeg(
                    "Klopt er iets niet in een stuk dat u mag zien? Dan mag u vragen om het aan te passen.",
                    "Klopt er iets niet in een stuk dat je mag zien? Dan mag je vragen om het aan te passen.",
                    "Is something wrong in a document you may see? Then you may ask us to correct it."));
            case VERNIETIGING -> vernietiging(aanvrager, l);
            case INFORMATIE -> informatie(aanvrager, l);
            case BEZWAAR -> Toets.ja(l.zeg(
                    "Bent u het niet eens met hoe wij uw gegevens gebruiken? Dan mag u bezwaar maken. "
                            + "Dat staat in artikel 21 van de privacywet (AVG).",
                    "Ben je het niet eens met hoe wij je gegevens gebruiken? Dan mag je bezwaar maken. "
                            + "Dat staat in artikel 21 van de privacywet (AVG).",
                    "Do you disagree with how we use your data? Then you may object (bezwaar). "
                            + "That is in article 21 of the privacy law (AVG)."));
            case BEPERKING -> Toets.ja(l.zeg(
                    "U mag vragen om uw gegevens een tijd niet te gebruiken. Bijvoorbeeld zolang we een correctie bekijken. "
                            + "Dat staat in artikel 18 van de privacywet (AVG).",
                    "Je mag vragen om je gegevens een tijd niet te gebruiken. Bijvoorbeeld zolang we een correctie bekijken. "
                            + "Dat staat in artikel 18 van de privacywet (AVG).",
                    "You may ask us not to use your data for a while. For example while we look at a correction. "
                            + "That is in article 18 of the privacy law (AVG)."));
        };
    }

    /**
     * DOMAIN §3 table: about the child, the child from 16 (wilsbekwaam) decides alone; under 16 the
     * ouders met gezag or the voogd; for a wilsonbekwame adult the vertegenwoordiger. Anyone may ask
     * about their own data, so every other adult in the dossier gets a "yes" for what is about them,
     * and the jeugdbeschermer grants per stuk only that part.
     */
    private static Toets vernietiging(Aanvrager a, Lezer l) {
        String termijn = l.zeg(" We beslissen binnen een maand. Zeggen we ja? Dan zijn de gegevens binnen drie maanden na uw verzoek weg.",
                " We beslissen binnen een maand. Zeggen we ja? Dan zijn de gegevens binnen drie maanden na je verzoek weg.",
                " We decide within one month. If we say yes, the data are gone within three months of your request.");
        Toets alles = Toets.ja(l.zeg("U mag vragen om gegevens te vernietigen. Lees eerst wanneer dat niet kan.",
                "Je mag vragen om gegevens te vernietigen. Lees eerst wanneer dat niet kan.",
                "You may ask us to destroy data. First read when that is not possible.") + termijn);
        Toets eigen = Toets.ja(l.zeg("U mag vragen om gegevens over uzelf te vernietigen. Lees eerst wanneer dat niet kan.",
                "Je mag vragen om gegevens over jezelf te vernietigen. Lees eerst wanneer dat niet kan.",
                "You may ask us to destroy data about yourself. First read when that is not possible.") + termijn);
        return switch (a.band()) {
            case OUDER, VOOGD -> a.heeftGezag() && a.leeftijdKind() < KIND_BESLIST_VANAF ? alles : eigen;
            case VERTEGENWOORDIGER -> a.leeftijdKind() >= 18 ? alles : eigen;
            case KIND_ZELF -> {
                if (a.wilsonbekwaam()) {
                    yield Toets.nee(l.zeg(
                            "Er is vastgelegd dat u nu niet zelf over uw gegevens kunt beslissen. Daarom kunt u niet zelf "
                                    + "vragen om gegevens te vernietigen. Uw wettelijk vertegenwoordiger kan dat wel.",
                            "Er is vastgelegd dat je nu niet zelf over je gegevens kunt beslissen. Daarom kun je niet zelf "
                                    + "vragen om gegevens te vernietigen. Wie voor je beslist, kan dat wel.",
                            "It is recorded that you cannot decide about your data yourself right now. So you cannot ask "
                                    + "us to destroy data yourself. "
                                    + (l.je() ? "The person who decides for you can."
                                            : "Your legal representative (wettelijk vertegenwoordiger) can.")));
                }
                if (a.leeftijd() < KIND_BESLIST_VANAF) {
                    yield Toets.nee(l.zeg(
                            "U bent jonger dan 16 jaar. Dan vraagt uw ouder met gezag of uw voogd om gegevens te vernietigen.",
                            "Je bent jonger dan 16 jaar. Dan vraagt je ouder met gezag of je voogd om gegevens te vernietigen. "
                                    + "Vanaf 16 jaar kun je het zelf vragen.",
                            "You are younger than 16. Then your parent with parental authority (gezag) or your guardian "
                                    + "(voogd) asks us to destroy data. From 16 you can ask yourself."));
                }
                yield alles;
            }
            default -> eigen;
        };
    }

    /**
     * DOMAIN §2 rule 4 and §3: the ouder zonder gezag has a right to information about a minor child
     * (BW 1:377c). The parent with gezag does not have to agree: seed 002 §2.2 reports a GI that
     * wrongly asked for that permission, so no such check exists here.
     */
    private static Toets informatie(Aanvrager a, Lezer l) {
        if (a.band() == Band.OUDER && a.leeftijdKind() >= 18) {
            return Toets.nee(l.zeg("Uw kind is 18 jaar of ouder.", "Je kind is 18 jaar of ouder.",
                    "Your child is 18 or older.")
                    + l.zeg(" Het recht op informatie van een ouder zonder gezag geldt alleen voor kinderen onder de 18.",
                            " The right to information of a parent without parental authority (gezag) only applies to "
                                    + "children under 18."));
        }
        if (a.band() == Band.OUDER && !a.heeftGezag()) {
            return Toets.ja(l.zeg("U heeft geen gezag. U heeft wel recht op informatie over uw kind",
                    "Je hebt geen gezag. Je hebt wel recht op informatie over je kind",
                    "You do not have parental authority (gezag). But you do have a right to information about your child")
                    + l.zeg(" (artikel 1:377c van het Burgerlijk Wetboek). De ouder met gezag hoeft daar geen toestemming voor te geven.",
                            " (article 1:377c of the Dutch Civil Code). The parent with parental authority does not have to "
                                    + "agree to this."));
        }
        if (a.heeftGezag()) {
            return Toets.nee(l.zeg("U heeft gezag. U kunt het dossier zelf bekijken of een kopie vragen.",
                    "Je hebt gezag. Je kunt het dossier zelf bekijken of een kopie vragen.",
                    "You have parental authority (gezag). You can look at the file yourself or ask for a copy.")
                    + l.zeg(" Dit verzoek is voor ouders zonder gezag.",
                            " This request is for parents without parental authority."));
        }
        return Toets.nee(l.zeg("Dit verzoek is alleen voor een ouder zonder gezag (artikel 1:377c van het Burgerlijk Wetboek).",
                "This request is only for a parent without parental authority (gezag) (article 1:377c of the Dutch "
                        + "Civil Code)."));
    }

    /** Said before a vernietiging is filed, so nobody is surprised by a refusal (seed 000 §4). */
    public static String uitzonderingenVernietiging(Lezer l) {
        if (l.engels()) {
            return "Sometimes we may not destroy data. That is so when the data are still important for someone else, "
                    + "for example a brother or sister. And sometimes the law forbids it, such as the Archives Act "
                    + "(Archiefwet). Then we must keep the file for a number of years. The jeugdbeschermer (child "
                    + "protection worker) then explains why. Destroying cannot be undone afterwards. Are you sure?";
        }
        String jij = l.je() ? "je" : "u";
        return "Soms mogen we gegevens niet vernietigen. Dat is zo als de gegevens nog belangrijk zijn voor iemand anders, "
                + "bijvoorbeeld een broer of zus. En soms verbiedt de wet het, zoals de Archiefwet. Dan moeten we het dossier "
                + "een aantal jaren bewaren. De jeugdbeschermer legt " + jij + " dan uit waarom. "
                + "Het vernietigen zelf kan daarna niet meer ongedaan worden. Weet " + jij + " het zeker?";
    }

    /**
     * What the requester can do after a (partial) refusal (DOMAIN §3): first what belongs to this kind
     * of request, then for a privacy request every route of AVG 12.4: the Autoriteit
     * Persoonsgegevens, the burgerlijke rechter within six weeks without a lawyer, and the FG.
     */
    public static String naAfwijzing(Verzoeksoort soort, Lezer l) {
        String eigen = switch (soort) {
            case KOPIE, ZWARTGELAKTE_KOPIE -> "";
            case CORRECTIE, BEZWAAR, BEPERKING -> l.zeg(
                    "We kunnen alleen feiten aanpassen, geen mening van de jeugdbeschermer. Bent u het er niet mee eens? "
                            + "Schrijf dan een eigen verklaring. Die bewaren we bij het stuk. Iedereen die het stuk mag zien, leest ook uw verklaring. ",
                    "We kunnen alleen feiten aanpassen, geen mening van de jeugdbeschermer. Ben je het er niet mee eens? "
                            + "Schrijf dan een eigen verklaring. Die bewaren we bij het stuk. Iedereen die het stuk mag zien, leest ook jouw verklaring. ",
                    "We can only correct facts, not an opinion of the jeugdbeschermer (child protection worker). Do you "
                            + "disagree? Then write your own statement (eigen verklaring). We keep it with the document. "
                            + "Everyone who may see the document also reads your statement. ");
            case VERNIETIGING -> l.zeg("Vraag uw jeugdbeschermer om uitleg. ", "Vraag je jeugdbeschermer om uitleg. ",
                    "Ask your jeugdbeschermer (child protection worker) to explain. ");
            case INFORMATIE -> l.zeg("Bent u het niet eens met dit besluit? Vraag uw jeugdbeschermer om uitleg. U kunt ook een klacht "
                    + "indienen of de rechter vragen om te beslissen.",
                    "Do you disagree with this decision? Ask your jeugdbeschermer (child protection worker) to explain. "
                            + "You can also make a complaint or ask the court to decide.");
        };
        return soort.privacy() ? eigen + privacyroutes(l) : eigen;
    }

    /** AVG 12.4 and seed 000 §4: every route after a "no", whole or partial, to a privacy request. */
    public static String privacyroutes(Lezer l) {
        return l.zeg(
                "Bent u het niet eens met dit besluit? Dan kunt u binnen " + Termijnen.RECHTER_WEKEN + " weken de burgerlijke "
                        + "rechter vragen om te beslissen. U heeft daar geen advocaat voor nodig. U kunt ook een klacht "
                        + "indienen bij de Autoriteit Persoonsgegevens. Die let erop dat iedereen zich aan de privacywet houdt. "
                        + "Of stel eerst een vraag aan onze functionaris gegevensbescherming (FG). De FG let bij ons op uw privacy.",
                "Ben je het niet eens met dit besluit? Dan kun je binnen " + Termijnen.RECHTER_WEKEN + " weken de burgerlijke "
                        + "rechter vragen om te beslissen. Je hebt daar geen advocaat voor nodig. Je kunt ook een klacht "
                        + "indienen bij de Autoriteit Persoonsgegevens. Die let erop dat iedereen zich aan de privacywet houdt. "
                        + "Of stel eerst een vraag aan onze functionaris gegevensbescherming (FG). De FG let bij ons op je privacy.",
                "Do you disagree with this decision? Then you can ask the civil court (burgerlijke rechter) to decide, "
                        + "within " + Termijnen.RECHTER_WEKEN + " weeks. You do not need a lawyer for this. You can also "
                        + "complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens). It checks that "
                        + "everyone keeps to the privacy law. Or first ask our data protection officer (FG). The FG looks "
                        + "after your privacy here.");
    }
}

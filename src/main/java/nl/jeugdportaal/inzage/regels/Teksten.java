package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The sentences the portal shows with a decision. Dutch at B1 (DOMAIN §8): short sentences, one idea
 * each, common words, and a term like "afgeschermd" or "machtiging" explained where it appears.
 * Parents and other adults read "u", jeugdigen under 18 read "je". Every sentence exists in both
 * forms, because who reads it follows from the viewer's age, not from the rule.
 *
 * <p>Every sentence also exists in English, written next to its Dutch so the two cannot drift apart.
 * English has one form of address ("you"). Legal terms keep their Dutch word in brackets the first
 * time a sentence uses them, as the staff and the letters use the Dutch word.
 */
final class Teksten {
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("nl", "NL"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Situatie situatie;
    /** Whom a sentence may name; null: everyone (see {@link Feiten#familie}). */
    private final java.util.Set<String> familie;
    private final Lezer lezer;

    Teksten(Situatie situatie, java.util.Set<String> familie, boolean je, boolean engels) {
        this.situatie = situatie;
        this.familie = familie;
        this.lezer = new Lezer(je, engels);
    }

    private String k(String u, String jij) {
        return lezer.je() ? jij : u;
    }

    /** One sentence in Dutch for an adult, in Dutch for a jeugdige, and in English for both. */
    private String t(String u, String jij, String english) {
        return lezer.zeg(u, jij, english);
    }

    /**
     * The name a sentence may use (DOMAIN §2 rule 9): the child, a parent or the voogd of the dossier
     * by name, anyone else as "iemand anders", so a refusal never tells the viewer who else is in a
     * stuk (that the other parent has a vertrouwenspersoon, which relative talked to the GI).
     */
    private String n(String id) {
        if (familie == null || familie.contains(id)) {
            return situatie.naam(id);
        }
        return lezer.engels() ? "someone else" : "iemand anders";
    }

    /** A name that starts a sentence; ids like "moeder" are lower case, a sentence is not. */
    private String N(String id) {
        return hoofdletter(n(id));
    }

    /**
     * The real name, for a sentence that allows: the viewer may see the data about that person, or
     * was given toestemming by them, so the name reveals nothing new.
     */
    private String e(String id) {
        return situatie.naam(id);
    }

    private String E(String id) {
        return hoofdletter(e(id));
    }

    /** The client of a vertrouwenspersoon, who knows them: by name in the family, else "uw cliënt". */
    private String c(String id) {
        if (familie == null || familie.contains(id)) {
            return situatie.naam(id);
        }
        return lezer.engels() ? "your client" : k("uw cliënt", "je cliënt");
    }

    private String C(String id) {
        return hoofdletter(c(id));
    }

    private static String hoofdletter(String tekst) {
        if (tekst.isEmpty() || Character.isUpperCase(tekst.codePointAt(0))) {
            return tekst;
        }
        int eerste = Character.charCount(tekst.codePointAt(0));
        return tekst.substring(0, eerste).toUpperCase(java.util.Locale.ROOT) + tekst.substring(eerste);
    }

    String datum(LocalDate d) {
        return (lezer.engels() ? DATE : DATUM).format(d);
    }

    private String enLijst(Collection<String> ids) {
        return lijst(ids, lezer.engels() ? " and " : " en ");
    }

    /** "A en B" by their real names: the givers of a toestemming the viewer holds (see {@link #e}). */
    private String echteEnLijst(Collection<String> ids) {
        return samenvoegen(ids.stream().map(this::e).toList(), lezer.engels() ? " and " : " en ");
    }

    private String lijst(Collection<String> ids, String laatste) {
        return samenvoegen(ids.stream().map(this::n).toList(), laatste);
    }

    private static String samenvoegen(List<String> namen, String laatste) {
        if (namen.size() == 1) {
            return namen.get(0);
        }
        return String.join(", ", namen.subList(0, namen.size() - 1)) + laatste + namen.get(namen.size() - 1);
    }

    /**
     * "toestemming van Elif en van moeder en vader": everyone who decides must give it (DOMAIN §2
     * rule 5), so the sentence names those of {@code wie} it still needs, and a group nobody is
     * registered in by its role.
     */
    String toestemmingVan(List<Gevers> groepen, List<String> wie) {
        List<String> delen = new ArrayList<>();
        for (Gevers g : groepen) {
            if (g.ids().isEmpty()) {
                delen.add(rol(g));
                continue;
            }
            List<String> nodig = g.ids().stream().filter(wie::contains).toList();
            if (!nodig.isEmpty()) {
                delen.add(enLijst(nodig));
            }
        }
        return lezer.engels() ? "consent from " + String.join(" and from ", delen)
                : "toestemming van " + String.join(" en van ", delen);
    }

    private String rol(Gevers g) {
        if (g.rol() == Gevers.Rol.GEZAG) {
            return lezer.engels() ? "a parent with parental authority (gezag) or a guardian (voogd) of " + n(g.over())
                    : "een ouder met gezag of voogd van " + n(g.over());
        }
        return lezer.engels() ? "the curator or mentor of " + n(g.over()) : "de curator of mentor van " + n(g.over());
    }

    String toestemmingVanAlle(List<String> ids) {
        List<String> delen = new ArrayList<>();
        for (String id : ids) {
            delen.add(n(id));
        }
        return lezer.engels() ? "consent from " + String.join(" and from ", delen)
                : "toestemming van " + String.join(" en van ", delen);
    }

    private String gaatOver(String p, boolean meer) {
        return lezer.engels() ? "This document is " + (meer ? "also " : "") + "about " + n(p) + "."
                : "Dit stuk gaat " + (meer ? "ook " : "") + "over " + n(p) + ".";
    }

    // ---- allowed ----

    String medewerker() {
        return t("U werkt aan deze zaak. Daarom mag u alle stukken zien.",
                "Je werkt aan deze zaak. Daarom mag je alle stukken zien.",
                "You work on this case. That is why you may see all documents.");
    }

    String eigen() {
        return t("Dit stuk gaat over u. U mag uw eigen gegevens altijd zien.",
                "Dit stuk gaat over jou. Je mag je eigen gegevens altijd zien.",
                "This document is about you. You may always see your own data.");
    }

    String gezagJongerDan16(Relatie gezag, String p) {
        if (gezag.soort() == Relatiesoort.OUDER) {
            return t("U heeft het gezag en uw kind is jonger dan 16.",
                    "Je hebt het gezag en je kind is jonger dan 16.",
                    "You have parental authority (gezag) and your child is under 16.");
        }
        return t("U bent de voogd van " + e(p) + ". " + E(p) + " is jonger dan 16.",
                "Je bent de voogd van " + e(p) + ". " + E(p) + " is jonger dan 16.",
                "You are the guardian (voogd) of " + e(p) + ". " + E(p) + " is under 16.");
    }

    String gezagWilsonbekwaam(Relatie gezag, String p) {
        String eerste = gezag.soort() == Relatiesoort.OUDER
                ? t("U heeft het gezag over " + e(p) + ".", "Je hebt het gezag over " + e(p) + ".",
                        "You have parental authority (gezag) over " + e(p) + ".")
                : t("U bent de voogd van " + e(p) + ".", "Je bent de voogd van " + e(p) + ".",
                        "You are the guardian (voogd) of " + e(p) + ".");
        return eerste + " " + nietZelf(p) + " "
                + t("Daarom mag u de gegevens zien.", "Daarom mag je de gegevens zien.", "That is why you may see the data.");
    }

    /** "We hebben vastgelegd dat P nu niet zelf kan beslissen." */
    private String nietZelf(String p) {
        return lezer.engels() ? "We have recorded that " + e(p) + " cannot decide for themselves at the moment."
                : "We hebben vastgelegd dat " + e(p) + " nu niet zelf kan beslissen.";
    }

    String vertegenwoordiger(String p) {
        return t("U bent de curator of mentor van " + e(p) + ".", "Je bent de curator of mentor van " + e(p) + ".",
                "You are the curator or mentor of " + e(p) + ".")
                + " " + nietZelf(p) + " "
                + t("Daarom mag u de gegevens zien.", "Daarom mag je de gegevens zien.", "That is why you may see the data.");
    }

    String toestemming(String p, List<String> gevers) {
        String wie = hoofdletter(echteEnLijst(gevers));
        if (lezer.engels()) {
            return wie + (gevers.size() == 1 ? " has" : " have") + " given you consent. "
                    + "That is why you may see the data about " + e(p) + ".";
        }
        String werkwoord = gevers.size() == 1 ? " heeft " : " hebben ";
        return wie + werkwoord + k("u", "je") + " toestemming gegeven. "
                + k("Daarom mag u de gegevens over ", "Daarom mag je de gegevens over ") + e(p) + " zien.";
    }

    String vpOverClient(String c) {
        return C(c) + t(" heeft u een machtiging gegeven. Daarmee mag u als vertrouwenspersoon meekijken.",
                " heeft je een machtiging gegeven. Daarmee mag je als vertrouwenspersoon meekijken.",
                " has given you an authorisation (machtiging). With it, you may look at the data with them as a"
                        + " confidential adviser (vertrouwenspersoon).");
    }

    /** @param gaven who had to give toestemming under rule 6 (and did); empty when nobody had to */
    String vpOverAnder(String c, String p, List<String> gaven) {
        if (lezer.engels()) {
            return vpOverClient(c) + (gaven.isEmpty()
                    ? " The data about " + e(p) + " needs no extra consent."
                    : " " + hoofdletter(echteEnLijst(gaven)) + " also gave consent for the data about " + e(p) + ".");
        }
        return vpOverClient(c) + (gaven.isEmpty()
                ? " Voor de gegevens over " + e(p) + " is geen extra toestemming nodig."
                : " Voor de gegevens over " + e(p) + " gaf " + echteEnLijst(gaven) + " ook toestemming.");
    }

    String processtuk() {
        return t("Dit is een stuk van of voor de rechter. U krijgt het van de rechter ook. Daarom mag u het helemaal zien.",
                "Dit is een stuk van of voor de rechter. Je krijgt het van de rechter ook. Daarom mag je het helemaal zien.",
                "This is a court paper. The court sends it to you as well. That is why you may see all of it.");
    }

    // ---- refused ----

    String delenAchtergehouden(long zichtbaar, int totaal) {
        if (lezer.engels()) {
            return "You may see " + zichtbaar + " of the " + totaal + " parts of this document.";
        }
        return k("U mag ", "Je mag ") + zichtbaar + " van de " + totaal + " delen van dit stuk zien.";
    }

    String vpEigenStuk(String c) {
        if (lezer.engels()) {
            return "This document is also about you. Acting for " + c(c) + ", you see only what " + c(c) + " sees. "
                    + "You can give " + c(c) + " consent to see your data.";
        }
        return k("Dit stuk gaat ook over u. Als u meekijkt met " + c(c) + ", ziet u alleen wat " + c(c) + " ziet. "
                        + "U kunt " + c(c) + " toestemming geven voor uw gegevens.",
                "Dit stuk gaat ook over jou. Als je meekijkt met " + c(c) + ", zie je alleen wat " + c(c) + " ziet. "
                        + "Je kunt " + c(c) + " toestemming geven voor je gegevens.");
    }

    String vpEigenStukNodig(String c) {
        return lezer.engels() ? "your consent to " + c(c) : k("uw toestemming aan ", "je toestemming aan ") + c(c);
    }

    String minderjarigZonderGezag() {
        return t("U bent jonger dan 18. Dan heeft u nog geen gezag.", "Je bent jonger dan 18. Dan heb je nog geen gezag.",
                "You are under 18. Then you do not have parental authority (gezag) yet.");
    }

    String afgeschermd() {
        return t("Dit stuk is afgeschermd. Alleen de jeugdbeschermer kan het zien. Dat is om iemand te beschermen. "
                        + "U kunt de jeugdbeschermer vragen waarom. U mag het daar ook niet mee eens zijn.",
                "Dit stuk is afgeschermd. Alleen de jeugdbeschermer kan het zien. Dat is om iemand te beschermen. "
                        + "Je kunt de jeugdbeschermer vragen waarom. Je mag het daar ook niet mee eens zijn.",
                "This document is shielded (afgeschermd). Only the jeugdbeschermer can see it. That is to protect"
                        + " someone. You can ask the jeugdbeschermer why. You may also disagree with it.");
    }

    String afgeschermdNodig() {
        return lezer.engels() ? "the jeugdbeschermer must lift the shielding" : "de jeugdbeschermer moet de afscherming opheffen";
    }

    String geenOnderwerp() {
        return lezer.engels() ? "This document does not say who it is about. That is why we do not show it yet."
                + " Ask the jeugdbeschermer about it."
                : "Bij dit stuk staat niet over wie het gaat. Daarom laten we het nog niet zien. "
                        + k("Vraag de jeugdbeschermer ernaar.", "Vraag de jeugdbeschermer ernaar.");
    }

    String geenOnderwerpNodig() {
        return lezer.engels() ? "record who the document is about" : "vastleggen over wie het stuk gaat";
    }

    String onbekend(String p) {
        return lezer.engels() ? "We do not know enough about " + n(p) + " to decide this. Ask the jeugdbeschermer about it."
                : "We weten niet genoeg over " + n(p) + " om dit te beslissen. Vraag de jeugdbeschermer ernaar.";
    }

    /** Names the id, not the name: the person is unknown, so the id is all there is to go on. */
    String onbekendNodig(String p) {
        return (lezer.engels() ? "a date of birth for " : "een geboortedatum van ") + p;
    }

    String eigenTeJong(LocalDate twaalf) {
        return t("U bent nog geen 12 jaar. U kunt uw dossier inzien vanaf uw 12e verjaardag. Dat is op ",
                "Je bent nog geen 12 jaar. Je kunt je dossier inzien vanaf je 12e verjaardag. Dat is op ",
                "You are not 12 years old yet. You can see your file from your 12th birthday. That is on ")
                + datum(twaalf) + ".";
    }

    String eigenTeJongNodig(LocalDate twaalf) {
        return (lezer.engels() ? "12th birthday on " : "12e verjaardag op ") + datum(twaalf);
    }

    /** "uw curator of mentor", "je ouder met gezag of voogd": who decides for a wilsonbekwame viewer. */
    private String beslisserVanKijker(boolean volwassen) {
        if (lezer.engels()) {
            return volwassen ? "your curator or mentor" : "your parent with parental authority (gezag) or your guardian (voogd)";
        }
        return volwassen
                ? k("uw curator of mentor", "je curator of mentor")
                : k("uw ouder met gezag of voogd", "je ouder met gezag of voogd");
    }

    /** "We hebben vastgelegd dat u nu niet zelf over uw gegevens kunt beslissen." */
    private String kijkerNietZelf() {
        return t("We hebben vastgelegd dat u nu niet zelf over uw gegevens kunt beslissen. ",
                "We hebben vastgelegd dat je nu niet zelf over je gegevens kunt beslissen. ",
                "We have recorded that you cannot decide about your data yourself at the moment. ");
    }

    String eigenWilsonbekwaam(boolean volwassen) {
        String wie = beslisserVanKijker(volwassen);
        return kijkerNietZelf()
                + (lezer.engels() ? "That is why " + wie + " looks at the file. " : "Daarom kijkt " + wie + " in het dossier. ")
                + t("Vraag de jeugdbeschermer wat dit voor u betekent.", "Vraag de jeugdbeschermer wat dit voor je betekent.",
                        "Ask the jeugdbeschermer what this means for you.");
    }

    String eigenWilsonbekwaamNodig() {
        return lezer.engels() ? "a new decision that you can decide for yourself"
                : "een nieuw besluit dat " + k("u", "je") + " zelf kunt beslissen";
    }

    String gezagZonderToestemming16(String p, String nodig) {
        return beslistZelf(p) + " "
                + (lezer.engels() ? "For that, you need " + nodig + "." : k("U heeft daarvoor ", "Je hebt daarvoor ") + nodig + " nodig.");
    }

    String gezagGeeindigd18(String p, String nodig) {
        return gezagGestopt(p) + " "
                + (lezer.engels() ? "You now need " + nodig + "." : k("U heeft nu ", "Je hebt nu ") + nodig + " nodig.");
    }

    String ouderZonderGezag(String p, String nodig) {
        if (lezer.engels()) {
            return geenGezag(p) + " That is why you may not see the data about " + n(p) + ". "
                    + "You may see it with " + nodig + ". "
                    + "You can also ask the jeugdbeschermer for information about your child.";
        }
        return geenGezag(p) + k(" Daarom mag u de gegevens over " + n(p) + " niet zien. ",
                " Daarom mag je de gegevens over " + n(p) + " niet zien. ")
                + "Dat mag wel met " + nodig + ". "
                + k("U kunt de jeugdbeschermer ook om informatie over uw kind vragen.",
                "Je kunt de jeugdbeschermer ook om informatie over je kind vragen.");
    }

    String geenToestemming(String p, String nodig, boolean meer) {
        return gaatOver(p, meer) + (lezer.engels() ? " For that, " + nodig + " is needed." : " Daarvoor is " + nodig + " nodig.");
    }

    String vpClientMagNiet(String c, String p) {
        if (lezer.engels()) {
            return "You are the confidential adviser (vertrouwenspersoon) of " + c(c) + ". You may not see more than "
                    + c(c) + ". " + (c.equals(p) ? C(c) + " may not see their own data at the moment."
                    : C(c) + " may not see the data about " + n(p) + ".");
        }
        return k("U bent vertrouwenspersoon van " + c(c) + ". U mag niet meer zien dan " + c(c) + " zelf. ",
                "Je bent vertrouwenspersoon van " + c(c) + ". Je mag niet meer zien dan " + c(c) + " zelf. ")
                + (c.equals(p) ? C(c) + " mag de eigen gegevens nu niet zien."
                : C(c) + " mag de gegevens over " + n(p) + " niet zien.");
    }

    String vpZonderToestemming(String c, String p, String nodig) {
        if (lezer.engels()) {
            return "You are the confidential adviser (vertrouwenspersoon) of " + c(c) + ". "
                    + "For the data about " + n(p) + ", " + nodig + " is also needed.";
        }
        return k("U bent vertrouwenspersoon van " + c(c) + ". ", "Je bent vertrouwenspersoon van " + c(c) + ". ")
                + "Voor de gegevens over " + n(p) + " is ook " + nodig + " nodig.";
    }

    String machtigingNietGeldig(String c) {
        if (lezer.engels()) {
            return "You do not have a valid authorisation (machtiging) from " + c(c) + " for today. "
                    + "An authorisation means: " + c(c) + " lets you look at the data with them. "
                    + "Ask " + c(c) + " for a new authorisation.";
        }
        return k("U heeft geen geldige machtiging van " + c(c) + " voor vandaag. ",
                "Je hebt geen geldige machtiging van " + c(c) + " voor vandaag. ")
                + "Een machtiging betekent: " + c(c) + k(" laat u meekijken. ", " laat je meekijken. ")
                + k("Vraag " + c(c) + " om een nieuwe machtiging.", "Vraag " + c(c) + " om een nieuwe machtiging.");
    }

    String machtigingNietGeldigNodig(String c) {
        return (lezer.engels() ? "a valid authorisation from " : "een geldige machtiging van ") + c(c);
    }

    // ---- why gezag does not decide (shared by the inzage and the toestemming sentences) ----

    String beslistZelf(String p) {
        return lezer.engels() ? N(p) + " is 16 or older. Then " + n(p) + " decides who may see the data."
                : N(p) + " is 16 jaar of ouder. Dan beslist " + n(p) + " zelf wie de gegevens mag zien.";
    }

    String gezagGestopt(String p) {
        return lezer.engels() ? N(p) + " is 18 or older. Then parental authority (gezag) ends."
                : N(p) + " is 18 jaar of ouder. Dan stopt het gezag.";
    }

    String geenGezag(String p) {
        return t("U heeft geen gezag over ", "Je hebt geen gezag over ", "You do not have parental authority (gezag) over ")
                + n(p) + ".";
    }

    // ---- may this person give toestemming (§2 rule 5)? ----

    /**
     * About oneself. Only the giver reads it, and the giver's own age decides both the rule and the
     * form of address, so each age has one sentence.
     */
    String geeftZelf(int leeftijd, boolean samen) {
        if (leeftijd >= 18) {
            return lezer.engels() ? "You decide who may see your data." : "U beslist zelf wie uw gegevens mag zien.";
        }
        if (lezer.engels()) {
            return leeftijd >= 16 ? "You are 16 or older. That is why you decide who may see your data."
                    : "You are 12 or older. That is why you " + (samen ? "help decide" : "decide") + " who may see your data.";
        }
        return leeftijd >= 16 ? "Je bent 16 jaar of ouder. Daarom beslis je zelf wie je gegevens mag zien."
                : "Je bent 12 jaar of ouder. Daarom beslis je " + (samen ? "mee " : "") + "wie je gegevens mag zien.";
    }

    String geeftMetGezag(Relatie gezag, String p, boolean wilsonbekwaam, boolean samen) {
        String wie = gezag.soort() == Relatiesoort.OUDER
                ? t("U heeft het gezag over ", "Je hebt het gezag over ", "You have parental authority (gezag) over ") + n(p) + "."
                : t("U bent de voogd van ", "Je bent de voogd van ", "You are the guardian (voogd) of ") + n(p) + ".";
        String jonger = lezer.engels() ? (samen ? " is under 16." : " is under 12.") : (samen ? " is jonger dan 16." : " is jonger dan 12.");
        String waarom = wilsonbekwaam ? nietZelf(p) : N(p) + jonger;
        return wie + " " + waarom + " " + beslist(samen);
    }

    String geeftAlsVertegenwoordiger(String p) {
        return t("U bent de curator of mentor van ", "Je bent de curator of mentor van ", "You are the curator or mentor of ")
                + n(p) + ". " + nietZelf(p) + " " + beslist(false);
    }

    private String beslist(boolean samen) {
        if (lezer.engels()) {
            return "That is why you " + (samen ? "help decide" : "decide") + " who may see the data.";
        }
        return k("Daarom beslist u ", "Daarom beslis je ") + (samen ? "mee " : "") + "wie de gegevens mag zien.";
    }

    /** @param nodig "toestemming van Daan": the other group that must give it too */
    String teltPasMet(String nodig) {
        return lezer.engels() ? "Your consent only counts when there is also " + nodig + "."
                : k("Uw toestemming telt pas als er ook ", "Je toestemming telt pas als er ook ") + nodig + " is.";
    }

    String geeftNietZelfJongerDan12() {
        return lezer.engels() ? "You are not 12 years old yet. That is why your parent with parental authority (gezag) or your"
                + " guardian (voogd) decides who may see your data."
                : "Je bent nog geen 12 jaar. Daarom beslist je ouder met gezag of voogd wie je gegevens mag zien.";
    }

    String geeftNietZelfWilsonbekwaam(boolean volwassen) {
        String wie = beslisserVanKijker(volwassen);
        return kijkerNietZelf()
                + (lezer.engels() ? "That is why " + wie + " decides who may see the data." : "Daarom beslist " + wie + " wie de gegevens mag zien.");
    }

    /**
     * @param waarom why the giver's tie to P does not count ({@link #beslistZelf} and the like), or
     *               {@code null} when the giver has no tie to P
     * @param nodig  whose toestemming does count, as {@link #toestemmingVan} says it
     */
    String geeftNiet(String waarom, String p, String nodig) {
        return (waarom == null ? "" : waarom + " ")
                + (lezer.engels() ? "You cannot give consent about " + n(p) + ". Only " + nodig + " counts."
                : k("U kunt geen toestemming geven over ", "Je kunt geen toestemming geven over ") + n(p)
                        + ". Alleen " + nodig + " telt.");
    }
}

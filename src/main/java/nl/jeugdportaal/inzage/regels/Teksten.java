package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The sentences the portal shows with a decision. Dutch at B1 (DOMAIN §8): short sentences, one idea
 * each, common words, and a term like "afgeschermd" or "machtiging" explained where it appears.
 * Parents and other adults read "u", jeugdigen under 18 read "je". Every sentence exists in both
 * forms, because who reads it follows from the viewer's age, not from the rule.
 */
final class Teksten {
    private static final String[] MAANDEN = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};

    private final Situatie situatie;
    private final boolean je;

    Teksten(Situatie situatie, boolean je) {
        this.situatie = situatie;
        this.je = je;
    }

    private String k(String u, String jij) {
        return je ? jij : u;
    }

    private String n(String id) {
        return situatie.naam(id);
    }

    /** A name that starts a sentence; ids like "moeder" are lower case, a sentence is not. */
    private String N(String id) {
        return hoofdletter(n(id));
    }

    private static String hoofdletter(String tekst) {
        if (tekst.isEmpty() || Character.isUpperCase(tekst.codePointAt(0))) {
            return tekst;
        }
        int eerste = Character.charCount(tekst.codePointAt(0));
        return tekst.substring(0, eerste).toUpperCase(java.util.Locale.ROOT) + tekst.substring(eerste);
    }

    static String datum(LocalDate d) {
        return d.getDayOfMonth() + " " + MAANDEN[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** "A", "A of B", "A, B of C": any one of them may give it. */
    private String ofLijst(Collection<String> ids) {
        return lijst(ids, " of ");
    }

    private String lijst(Collection<String> ids, String laatste) {
        List<String> namen = new ArrayList<>();
        for (String id : ids) {
            namen.add(n(id));
        }
        if (namen.size() == 1) {
            return namen.get(0);
        }
        return String.join(", ", namen.subList(0, namen.size() - 1)) + laatste + namen.get(namen.size() - 1);
    }

    /** "toestemming van Elif en van moeder of vader": every group must give it, anyone within a group. */
    String toestemmingVan(List<Inzageregels.Gevers> groepen) {
        List<String> delen = new ArrayList<>();
        for (Inzageregels.Gevers g : groepen) {
            delen.add(g.ids().isEmpty() ? rol(g) : ofLijst(g.ids()));
        }
        return "toestemming van " + String.join(" en van ", delen);
    }

    private String rol(Inzageregels.Gevers g) {
        return g.rol() == Inzageregels.Gevers.Rol.GEZAG
                ? "een ouder met gezag of voogd van " + n(g.over())
                : "de curator of mentor van " + n(g.over());
    }

    String toestemmingVanAlle(List<String> ids) {
        List<String> delen = new ArrayList<>();
        for (String id : ids) {
            delen.add(n(id));
        }
        return "toestemming van " + String.join(" en van ", delen);
    }

    private String gaatOver(String p, boolean meer) {
        return "Dit stuk gaat " + (meer ? "ook " : "") + "over " + n(p) + ".";
    }

    // ---- allowed ----

    String medewerker() {
        return k("U werkt aan deze zaak. Daarom mag u alle stukken zien.",
                "Je werkt aan deze zaak. Daarom mag je alle stukken zien.");
    }

    String eigen() {
        return k("Dit stuk gaat over u. U mag uw eigen gegevens altijd zien.",
                "Dit stuk gaat over jou. Je mag je eigen gegevens altijd zien.");
    }

    String gezagJongerDan16(Relatie gezag, String p) {
        if (gezag.soort() == Relatiesoort.OUDER) {
            return k("U heeft het gezag en uw kind is jonger dan 16.",
                    "Je hebt het gezag en je kind is jonger dan 16.");
        }
        return k("U bent de voogd van " + n(p) + ". " + N(p) + " is jonger dan 16.",
                "Je bent de voogd van " + n(p) + ". " + N(p) + " is jonger dan 16.");
    }

    String gezagWilsonbekwaam(Relatie gezag, String p) {
        String eerste = gezag.soort() == Relatiesoort.OUDER
                ? k("U heeft het gezag over " + n(p) + ".", "Je hebt het gezag over " + n(p) + ".")
                : k("U bent de voogd van " + n(p) + ".", "Je bent de voogd van " + n(p) + ".");
        return eerste + " We hebben vastgelegd dat " + n(p) + " nu niet zelf kan beslissen. "
                + k("Daarom mag u de gegevens zien.", "Daarom mag je de gegevens zien.");
    }

    String vertegenwoordiger(String p) {
        return k("U bent de curator of mentor van " + n(p) + ".", "Je bent de curator of mentor van " + n(p) + ".")
                + " We hebben vastgelegd dat " + n(p) + " nu niet zelf kan beslissen. "
                + k("Daarom mag u de gegevens zien.", "Daarom mag je de gegevens zien.");
    }

    String toestemming(String p, List<String> gevers) {
        String wie = hoofdletter(lijst(gevers, " en "));
        String werkwoord = gevers.size() == 1 ? " heeft " : " hebben ";
        return wie + werkwoord + k("u", "je") + " toestemming gegeven. "
                + k("Daarom mag u de gegevens over ", "Daarom mag je de gegevens over ") + n(p) + " zien.";
    }

    String vpOverClient(String c) {
        return N(c) + k(" heeft u een machtiging gegeven. Daarmee mag u als vertrouwenspersoon meekijken.",
                " heeft je een machtiging gegeven. Daarmee mag je als vertrouwenspersoon meekijken.");
    }

    /** @param gaven who had to give toestemming under rule 6 (and did); empty when nobody had to */
    String vpOverAnder(String c, String p, List<String> gaven) {
        return vpOverClient(c) + (gaven.isEmpty()
                ? " Voor de gegevens over " + n(p) + " is geen extra toestemming nodig."
                : " Voor de gegevens over " + n(p) + " gaf " + lijst(gaven, " en ") + " ook toestemming.");
    }

    // ---- refused ----

    String afgeschermd() {
        return k("Dit stuk is afgeschermd. Alleen de jeugdbeschermer kan het zien. Dat is om iemand te beschermen. "
                        + "U kunt de jeugdbeschermer vragen waarom. U mag het daar ook niet mee eens zijn.",
                "Dit stuk is afgeschermd. Alleen de jeugdbeschermer kan het zien. Dat is om iemand te beschermen. "
                        + "Je kunt de jeugdbeschermer vragen waarom. Je mag het daar ook niet mee eens zijn.");
    }

    String afgeschermdNodig() {
        return "de jeugdbeschermer moet de afscherming opheffen";
    }

    String geenOnderwerp() {
        return "Bij dit stuk staat niet over wie het gaat. Daarom laten we het nog niet zien. "
                + k("Vraag de jeugdbeschermer ernaar.", "Vraag de jeugdbeschermer ernaar.");
    }

    String onbekend(String p) {
        return "We weten niet genoeg over " + n(p) + " om dit te beslissen. Vraag de jeugdbeschermer ernaar.";
    }

    String eigenTeJong(LocalDate twaalf) {
        return k("U bent nog geen 12 jaar. U kunt uw dossier inzien vanaf uw 12e verjaardag. Dat is op ",
                "Je bent nog geen 12 jaar. Je kunt je dossier inzien vanaf je 12e verjaardag. Dat is op ")
                + datum(twaalf) + ".";
    }

    String eigenTeJongNodig(LocalDate twaalf) {
        return "12e verjaardag op " + datum(twaalf);
    }

    String eigenWilsonbekwaam(boolean volwassen) {
        String wie = volwassen
                ? k("uw curator of mentor", "je curator of mentor")
                : k("uw ouder met gezag of voogd", "je ouder met gezag of voogd");
        return k("We hebben vastgelegd dat u nu niet zelf over uw gegevens kunt beslissen. ",
                "We hebben vastgelegd dat je nu niet zelf over je gegevens kunt beslissen. ")
                + "Daarom kijkt " + wie + " in het dossier. "
                + k("Vraag de jeugdbeschermer wat dit voor u betekent.", "Vraag de jeugdbeschermer wat dit voor je betekent.");
    }

    String eigenWilsonbekwaamNodig() {
        return "een nieuw besluit dat " + k("u", "je") + " zelf kunt beslissen";
    }

    String gezagZonderToestemming16(String p, String nodig) {
        return beslistZelf(p) + " " + k("U heeft daarvoor ", "Je hebt daarvoor ") + nodig + " nodig.";
    }

    String gezagGeeindigd18(String p, String nodig) {
        return gezagGestopt(p) + " " + k("U heeft nu ", "Je hebt nu ") + nodig + " nodig.";
    }

    String ouderZonderGezag(String p, String nodig) {
        return geenGezag(p) + k(" Daarom mag u de gegevens over " + n(p) + " niet zien. ",
                " Daarom mag je de gegevens over " + n(p) + " niet zien. ")
                + "Dat mag wel met " + nodig + ". "
                + k("U kunt de jeugdbeschermer ook om informatie over uw kind vragen.",
                "Je kunt de jeugdbeschermer ook om informatie over je kind vragen.");
    }

    String geenToestemming(String p, String nodig, boolean meer) {
        return gaatOver(p, meer) + " Daarvoor is " + nodig + " nodig.";
    }

    String vpClientMagNiet(String c, String p) {
        return k("U bent vertrouwenspersoon van " + n(c) + ". U mag niet meer zien dan " + n(c) + " zelf. ",
                "Je bent vertrouwenspersoon van " + n(c) + ". Je mag niet meer zien dan " + n(c) + " zelf. ")
                + (c.equals(p) ? N(c) + " mag de eigen gegevens nu niet zien."
                : N(c) + " mag de gegevens over " + n(p) + " niet zien.");
    }

    String vpZonderToestemming(String c, String p, String nodig) {
        return k("U bent vertrouwenspersoon van " + n(c) + ". ", "Je bent vertrouwenspersoon van " + n(c) + ". ")
                + "Voor de gegevens over " + n(p) + " is ook " + nodig + " nodig.";
    }

    String machtigingNietGeldig(String c) {
        return k("U heeft geen geldige machtiging van " + n(c) + " voor vandaag. ",
                "Je hebt geen geldige machtiging van " + n(c) + " voor vandaag. ")
                + "Een machtiging betekent: " + n(c) + k(" laat u meekijken. ", " laat je meekijken. ")
                + k("Vraag " + n(c) + " om een nieuwe machtiging.", "Vraag " + n(c) + " om een nieuwe machtiging.");
    }

    String machtigingNietGeldigNodig(String c) {
        return "een geldige machtiging van " + n(c);
    }

    // ---- why gezag does not decide (shared by the inzage and the toestemming sentences) ----

    String beslistZelf(String p) {
        return N(p) + " is 16 jaar of ouder. Dan beslist " + n(p) + " zelf wie de gegevens mag zien.";
    }

    String gezagGestopt(String p) {
        return N(p) + " is 18 jaar of ouder. Dan stopt het gezag.";
    }

    String geenGezag(String p) {
        return k("U heeft geen gezag over ", "Je hebt geen gezag over ") + n(p) + ".";
    }

    // ---- may this person give toestemming (§2 rule 5)? ----

    /**
     * About oneself. Only the giver reads it, and the giver's own age decides both the rule and the
     * form of address, so each age has one sentence.
     */
    String geeftZelf(int leeftijd, boolean samen) {
        if (leeftijd >= 18) {
            return "U beslist zelf wie uw gegevens mag zien.";
        }
        return leeftijd >= 16 ? "Je bent 16 jaar of ouder. Daarom beslis je zelf wie je gegevens mag zien."
                : "Je bent 12 jaar of ouder. Daarom beslis je " + (samen ? "mee " : "") + "wie je gegevens mag zien.";
    }

    String geeftMetGezag(Relatie gezag, String p, boolean wilsonbekwaam, boolean samen) {
        String wie = gezag.soort() == Relatiesoort.OUDER
                ? k("U heeft het gezag over ", "Je hebt het gezag over ") + n(p) + "."
                : k("U bent de voogd van ", "Je bent de voogd van ") + n(p) + ".";
        String waarom = wilsonbekwaam ? "We hebben vastgelegd dat " + n(p) + " nu niet zelf kan beslissen."
                : N(p) + (samen ? " is jonger dan 16." : " is jonger dan 12.");
        return wie + " " + waarom + " " + beslist(samen);
    }

    String geeftAlsVertegenwoordiger(String p) {
        return k("U bent de curator of mentor van ", "Je bent de curator of mentor van ") + n(p) + ". "
                + "We hebben vastgelegd dat " + n(p) + " nu niet zelf kan beslissen. " + beslist(false);
    }

    private String beslist(boolean samen) {
        return k("Daarom beslist u ", "Daarom beslis je ") + (samen ? "mee " : "") + "wie de gegevens mag zien.";
    }

    /** @param nodig "toestemming van Daan": the other group that must give it too */
    String teltPasMet(String nodig) {
        return k("Uw toestemming telt pas als er ook ", "Je toestemming telt pas als er ook ") + nodig + " is.";
    }

    String geeftNietZelfJongerDan12() {
        return "Je bent nog geen 12 jaar. Daarom beslist je ouder met gezag of voogd wie je gegevens mag zien.";
    }

    String geeftNietZelfWilsonbekwaam(boolean volwassen) {
        String wie = volwassen
                ? k("uw curator of mentor", "je curator of mentor")
                : k("uw ouder met gezag of voogd", "je ouder met gezag of voogd");
        return k("We hebben vastgelegd dat u nu niet zelf over uw gegevens kunt beslissen. ",
                "We hebben vastgelegd dat je nu niet zelf over je gegevens kunt beslissen. ")
                + "Daarom beslist " + wie + " wie de gegevens mag zien.";
    }

    /**
     * @param waarom why the giver's tie to P does not count ({@link #beslistZelf} and the like), or
     *               {@code null} when the giver has no tie to P
     * @param nodig  whose toestemming does count, as {@link #toestemmingVan} says it
     */
    String geeftNiet(String waarom, String p, String nodig) {
        return (waarom == null ? "" : waarom + " ")
                + k("U kunt geen toestemming geven over ", "Je kunt geen toestemming geven over ") + n(p)
                + ". Alleen " + nodig + " telt.";
    }
}
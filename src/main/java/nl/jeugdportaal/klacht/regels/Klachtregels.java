package nl.jeugdportaal.klacht.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdportaal.inzage.regels.Zaakrol;
import nl.jeugdportaal.verzoek.regels.Aanvrager;
import nl.jeugdportaal.verzoek.regels.Toets;

/** Who may file a complaint, who handles it, who sees the figures, and how a complaint is split into klachtonderdelen (DOMAIN §4). */
public final class Klachtregels {
    /** Seed 002: 4.5 parts per complaint on average; more than ten is a letter, not a list. */
    public static final int MAX_ONDERDELEN = 10;
    public static final int MAX_TEKENS_ONDERDEEL = 500;
    /** DOMAIN §1: a jeugdige uses the portal from 12. */
    public static final int MINIMUM_LEEFTIJD = 12;

    private Klachtregels() {
    }

    /**
     * Every parent may complain about how they were treated, with or without gezag; so may a voogd,
     * a wettelijk vertegenwoordiger and the jeugdige of 12 or older. A vertrouwenspersoon files on
     * the client's right, so the client's facts are judged.
     */
    public static Toets magIndienen(Aanvrager a) {
        boolean je = a.jeVorm();
        return switch (a.band()) {
            case OUDER, VOOGD, VERTEGENWOORDIGER -> new Toets(true,
                    "U mag een klacht indienen over hoe wij met u of uw kind omgaan.");
            case KIND_ZELF -> a.leeftijd() >= MINIMUM_LEEFTIJD
                    ? new Toets(true, je ? "Je mag een klacht indienen over hoe wij met jou omgaan."
                            : "U mag een klacht indienen over hoe wij met u omgaan.")
                    : new Toets(false, "Vanaf 12 jaar kun je hier zelf een klacht indienen. Vraag je ouder of een vertrouwenspersoon om hulp.");
            case MEDEWERKER -> new Toets(false, "Medewerkers dienen hier geen klacht in. U registreert de stappen van een klacht.");
            case ANDERS -> new Toets(false, je ? "Je staat niet in dit dossier. Daarom kun je hier geen klacht indienen."
                    : "U staat niet in dit dossier. Daarom kunt u hier geen klacht indienen.");
        };
    }

    /**
     * Who registers the steps of a complaint on a case: the jeugdbeschermer (Stap 1) and the
     * leidinggevende of the team (Stap 2, and the KJMN milestones). The FG sees every case but
     * only looks on.
     */
    public static boolean behandelt(Zaakrol rol) {
        return rol == Zaakrol.JEUGDBESCHERMER || rol == Zaakrol.LEIDINGGEVENDE;
    }

    /**
     * Leren van klachten is for the GI's management: every leidinggevende and the FG. The figures are
     * counts without names for the whole GI, not per team, so a small team's few complaints are not
     * singled out and every team learns from all of them.
     */
    public static boolean magLeren(Set<Zaakrol> functies) {
        return functies.contains(Zaakrol.LEIDINGGEVENDE) || functies.contains(Zaakrol.FG);
    }

    /** The sentence shown with the route choice: a rechter's decision is not a complaint for the GI. */
    public static String kinderrechter(boolean je) {
        return (je ? "Ben je het niet eens met een verlenging van de OTS of met een uithuisplaatsing? "
                : "Bent u het niet eens met een verlenging van de OTS of met een uithuisplaatsing? ")
                + "Dat besluit neemt de kinderrechter. Daar gaat een klacht bij ons niet over. "
                + (je ? "Vraag een advocaat of vertrouwenspersoon hoe je dat aan de kinderrechter vraagt."
                        : "Vraag een advocaat of vertrouwenspersoon hoe u dat aan de kinderrechter vraagt.");
    }

    /** The parts as typed, one per line; blank lines do not count. */
    public static List<String> onderdelen(String tekst) {
        List<String> delen = new ArrayList<>();
        if (tekst != null) {
            for (String regel : tekst.split("\\R")) {
                String deel = regel.strip().replaceFirst("^[-*•]\\s*", "");
                if (!deel.isEmpty()) {
                    delen.add(deel);
                }
            }
        }
        return delen;
    }

    /** What is wrong with the list of parts, or null when it is fine. Checks count and length; the caller checks content. */
    public static String fout(List<String> onderdelen, boolean je) {
        if (onderdelen.isEmpty()) {
            return je ? "Schrijf minstens één punt op. Zet elk punt op een eigen regel."
                    : "Schrijf minstens één punt op, alstublieft. Zet elk punt op een eigen regel.";
        }
        if (onderdelen.size() > MAX_ONDERDELEN) {
            return "Dit zijn " + onderdelen.size() + " punten. Het mogen er " + MAX_ONDERDELEN
                    + " zijn. Voeg punten samen die over hetzelfde gaan.";
        }
        for (int i = 0; i < onderdelen.size(); i++) {
            if (onderdelen.get(i).length() > MAX_TEKENS_ONDERDEEL) {
                return "Punt " + (i + 1) + " is te lang. Een punt mag " + MAX_TEKENS_ONDERDEEL
                        + " tekens hebben. Maak er een korte zin van.";
            }
        }
        return null;
    }
}

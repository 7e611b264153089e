package nl.jeugdportaal.klacht.regels;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.jeugdportaal.inzage.regels.Zaakrol;
import nl.jeugdportaal.verzoek.regels.Aanvrager;

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
     * a wettelijk vertegenwoordiger, a pleegouder or another person who cares for the child, and the
     * jeugdige of 12 or older (DOMAIN §4). A vertrouwenspersoon files on
     * the client's right, so the client's facts are judged.
     */
    public static Indienrecht magIndienen(Aanvrager a) {
        return switch (a.band()) {
            case OUDER, VOOGD, VERTEGENWOORDIGER -> Indienrecht.VOOR_UW_KIND;
            case PLEEGOUDER -> Indienrecht.ALS_VERZORGER;
            case KIND_ZELF -> a.leeftijd() >= MINIMUM_LEEFTIJD ? Indienrecht.VOOR_JEZELF : Indienrecht.TE_JONG;
            case MEDEWERKER -> Indienrecht.MEDEWERKER;
            case ANDERS -> Indienrecht.NIET_IN_DOSSIER;
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
    public static Puntenfout fout(List<String> onderdelen) {
        if (onderdelen.isEmpty()) {
            return new Puntenfout(Puntenfout.Soort.GEEN, 0);
        }
        if (onderdelen.size() > MAX_ONDERDELEN) {
            return new Puntenfout(Puntenfout.Soort.TE_VEEL, onderdelen.size());
        }
        for (int i = 0; i < onderdelen.size(); i++) {
            if (onderdelen.get(i).length() > MAX_TEKENS_ONDERDEEL) {
                return new Puntenfout(Puntenfout.Soort.TE_LANG, i + 1);
            }
        }
        return null;
    }
}

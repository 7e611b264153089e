package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The registered facts as they stand on one day. Only facts, no rules: the rules live in
 * {@link Inzageregels}, so that there is exactly one place to read and change them.
 */
final class Feiten {
    final Situatie situatie;
    final LocalDate dag;

    Feiten(Situatie situatie, LocalDate dag) {
        this.situatie = situatie;
        this.dag = dag;
    }

    boolean bekend(String id) {
        return situatie.personen().containsKey(id);
    }

    /** Call only for a known person. */
    int leeftijd(String id) {
        return situatie.personen().get(id).leeftijdOp(dag);
    }

    Persoon persoon(String id) {
        return situatie.personen().get(id);
    }

    boolean wilsonbekwaam(String id) {
        for (Wilsonbekwaamheid w : situatie.wilsonbekwaam()) {
            if (w.persoon().equals(id) && w.geldigOp(dag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this registration of gezag can hold: gezag needs an adult (BW 1:246), or a parent of 16
     * or 17 declared meerderjarig for it (BW 1:253ha). A registration that gives a minor gezag
     * without that counts as none (DOMAIN §1).
     */
    private boolean kanGezagHebben(Relatie r) {
        if (!bekend(r.persoon())) {
            return true;
        }
        int leeftijd = leeftijd(r.persoon());
        return leeftijd >= 18 || (r.meerderjarigVerklaard() && leeftijd >= 16);
    }

    private boolean heeftGezag(Relatie r) {
        return r.geeftGezag() && r.geldigOp(dag) && kanGezagHebben(r);
    }

    /** A relation that carries gezag by its registration and dates, ignoring the end at 18. */
    Relatie geregistreerdGezag(String houder, String over) {
        for (Relatie r : situatie.relaties()) {
            if (r.persoon().equals(houder) && r.van().equals(over) && heeftGezag(r)) {
                return r;
            }
        }
        return null;
    }

    /** The gezag that counts today: gezag and voogdij end at 18, whatever the registration says. */
    Relatie gezag(String houder, String over) {
        return leeftijd(over) < 18 ? geregistreerdGezag(houder, over) : null;
    }

    boolean ouderZonderGezag(String ouder, String kind) {
        for (Relatie r : situatie.relaties()) {
            if (r.soort() == Relatiesoort.OUDER && !r.gezag()
                    && r.persoon().equals(ouder) && r.van().equals(kind) && r.geldigOp(dag)) {
                return true;
            }
        }
        return false;
    }

    /** A curator or mentor only acts for an adult who is wilsonbekwaam today. */
    boolean vertegenwoordiger(String wie, String over) {
        if (leeftijd(over) < 18 || !wilsonbekwaam(over)) {
            return false;
        }
        for (Relatie r : situatie.relaties()) {
            if (r.soort() == Relatiesoort.VERTEGENWOORDIGER
                    && r.persoon().equals(wie) && r.van().equals(over) && r.geldigOp(dag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who decides for {@code over} today: the ouders met gezag and voogden of a minor, the wettelijk
     * vertegenwoordigers of a wilsonbekwame adult, nobody for a wilsbekwame adult. In registration
     * order, so sentences that name them are stable.
     */
    List<String> beslissers(String over) {
        Set<String> ids = new LinkedHashSet<>();
        int leeftijd = leeftijd(over);
        boolean volwassenWilsonbekwaam = leeftijd >= 18 && wilsonbekwaam(over);
        for (Relatie r : situatie.relaties()) {
            if (!r.van().equals(over) || !r.geldigOp(dag)) {
                continue;
            }
            if (leeftijd < 18 && heeftGezag(r)) {
                ids.add(r.persoon());
            } else if (volwassenWilsonbekwaam && r.soort() == Relatiesoort.VERTEGENWOORDIGER) {
                ids.add(r.persoon());
            }
        }
        return new ArrayList<>(ids);
    }

    /**
     * Whom a sentence may name (DOMAIN §2 rule 9): the dossier's child and its parents and voogden,
     * whom every viewer of the dossier knows. Null when the question is about no one dossier: then
     * everyone is named, as the viewer asked about them.
     */
    Set<String> familie() {
        String kind = situatie.kind();
        if (kind == null) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.add(kind);
        for (Relatie r : situatie.relaties()) {
            if (r.van().equals(kind) && r.soort() != Relatiesoort.VERTEGENWOORDIGER) {
                ids.add(r.persoon());
            }
        }
        return ids;
    }

    /** The toestemmingen to {@code aan} about {@code over} valid today. */
    List<Toestemming> toestemmingen(String aan, String over) {
        List<Toestemming> lijst = new ArrayList<>();
        for (Toestemming t : situatie.toestemmingen()) {
            if (t.aan().equals(aan) && t.over().equals(over) && t.geldigOp(dag)) {
                lijst.add(t);
            }
        }
        return lijst;
    }

    /** Everyone with a toestemming record to {@code aan} about {@code over} valid today. */
    Set<String> gevers(String aan, String over) {
        Set<String> ids = new LinkedHashSet<>();
        for (Toestemming t : situatie.toestemmingen()) {
            if (t.aan().equals(aan) && t.over().equals(over) && t.geldigOp(dag)) {
                ids.add(t.van());
            }
        }
        return ids;
    }

    List<Machtiging> geldigeMachtigingenAan(String vertrouwenspersoon) {
        List<Machtiging> lijst = new ArrayList<>();
        for (Machtiging m : situatie.machtigingen()) {
            if (m.aan().equals(vertrouwenspersoon) && !m.van().equals(vertrouwenspersoon) && m.geldigOp(dag)) {
                lijst.add(m);
            }
        }
        return lijst;
    }

    Machtiging eenMachtigingAan(String vertrouwenspersoon) {
        for (Machtiging m : situatie.machtigingen()) {
            if (m.aan().equals(vertrouwenspersoon) && !m.van().equals(vertrouwenspersoon)) {
                return m;
            }
        }
        return null;
    }
}

package nl.jeugdportaal.identiteit.regels;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.jeugdportaal.inzage.regels.Relatiesoort;

/**
 * What a person is in the portal follows from what the GI registered about them on the day, never
 * from a role someone set by hand on the login (DOMAIN §1): a relation makes an ouder, voogd or
 * vertegenwoordiger, a dossier in their own name makes a jeugdige from 12, the registered function
 * makes a vertrouwenspersoon, the registered function of a medewerker makes their staff role. So a
 * relation that ends, a 12th birthday or a medewerker who leaves changes the pages at the next request.
 */
public final class Rolbepaling {
    /** The portal opens to a child on their 12th birthday (DOMAIN §2 rule 2: under 12 the child may not see the dossier). */
    public static final int OPEN_VANAF = 12;

    private Rolbepaling() {
    }

    /**
     * The registered facts about one person on one day.
     *
     * @param leeftijd whole years on the day
     * @param kindVanEenDossier a dossier stands in this person's name
     * @param relaties the kinds of relation that hold on the day (ouder, voogd, vertegenwoordiger of someone)
     * @param vertrouwenspersoon registered as a vertrouwenspersoon
     * @param medewerkerrollen the staff role of the registered function, empty once the bronsysteem ended it
     */
    public record Feiten(int leeftijd, boolean kindVanEenDossier, Set<Relatiesoort> relaties,
            boolean vertrouwenspersoon, Set<Rol> medewerkerrollen) {
    }

    public enum Uitkomst {
        /** The person has at least one role and gets the portal. */
        BEKEND,
        /** Nothing registered makes this person someone the portal serves ("we kennen u niet"). */
        ONBEKEND,
        /** A child with a dossier, below 12: told kindly that the portal opens at 12. */
        TE_JONG
    }

    public record Toegang(Uitkomst uitkomst, Set<Rol> rollen) {
        public static final Toegang ONBEKEND = new Toegang(Uitkomst.ONBEKEND, Set.of());
    }

    public static Toegang bepaal(Feiten feiten) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        feiten.medewerkerrollen().stream().filter(Rol::isMedewerker).forEach(rollen::add);
        for (Relatiesoort soort : feiten.relaties()) {
            rollen.add(switch (soort) {
                // A pleegouder logs in as a client like a parent; what she may do comes from the relation.
                case OUDER, PLEEGOUDER -> Rol.OUDER;
                case VOOGD -> Rol.VOOGD;
                case VERTEGENWOORDIGER -> Rol.VERTEGENWOORDIGER;
            });
        }
        if (feiten.kindVanEenDossier() && feiten.leeftijd() >= OPEN_VANAF) {
            rollen.add(Rol.JEUGDIGE);
        }
        if (feiten.vertrouwenspersoon()) {
            rollen.add(Rol.VERTROUWENSPERSOON);
        }
        if (!rollen.isEmpty()) {
            return new Toegang(Uitkomst.BEKEND, Collections.unmodifiableSet(rollen));
        }
        return feiten.kindVanEenDossier() ? new Toegang(Uitkomst.TE_JONG, Set.of()) : Toegang.ONBEKEND;
    }
}

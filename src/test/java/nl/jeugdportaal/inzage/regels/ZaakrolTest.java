package nl.jeugdportaal.inzage.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdportaal.identiteit.regels.Rol;
import org.junit.jupiter.api.Test;

/** Who is staff on a case, for every set of staff roles and every place a person can stand to the case. */
class ZaakrolTest {
    private static final String JB = "jb";
    private static final String LEIDING = "leiding";

    @Test
    void elkeCombinatieVanRollenEnPlaatsen() {
        for (Set<Zaakrol> functies : deelverzamelingen()) {
            for (String ik : List.of(JB, LEIDING, "ander")) {
                for (String leidinggevende : new String[] {LEIDING, null}) {
                    Optional<Zaakrol> verwacht;
                    if (functies.contains(Zaakrol.JEUGDBESCHERMER) && ik.equals(JB)) {
                        verwacht = Optional.of(Zaakrol.JEUGDBESCHERMER);
                    } else if (functies.contains(Zaakrol.LEIDINGGEVENDE) && ik.equals(leidinggevende)) {
                        verwacht = Optional.of(Zaakrol.LEIDINGGEVENDE);
                    } else if (functies.contains(Zaakrol.FG)) {
                        verwacht = Optional.of(Zaakrol.FG);
                    } else {
                        verwacht = Optional.empty();
                    }
                    assertEquals(verwacht, Zaakrol.van(ik, functies, JB, leidinggevende),
                            functies + " " + ik + " leidinggevende " + leidinggevende);
                    assertEquals(functies.contains(Zaakrol.FG), Zaakrol.alleZaken(functies));
                }
            }
        }
    }

    @Test
    void eenLeidinggevendeVanEenAnderTeamOfZonderTeamStaatNietOpDeZaak() {
        Set<Zaakrol> leiding = EnumSet.of(Zaakrol.LEIDINGGEVENDE);
        assertEquals(Optional.empty(), Zaakrol.van("mirjam", leiding, "joost", "karin"));
        assertEquals(Optional.empty(), Zaakrol.van("karin", leiding, "nieuw", null));
        assertEquals(Optional.of(Zaakrol.LEIDINGGEVENDE), Zaakrol.van("karin", leiding, "joost", "karin"));
        assertEquals(Optional.empty(), Zaakrol.van("joost", EnumSet.noneOf(Zaakrol.class), "joost", "karin"),
                "zonder medewerkersrol in de login telt de registratie niet");
    }

    @Test
    void elkeMedewerkersrolVanDeLoginIsEenZaakrol() {
        for (Rol rol : Rol.values()) {
            assertEquals(rol.isMedewerker(), EnumSet.allOf(Zaakrol.class).stream().anyMatch(z -> z.name().equals(rol.name())),
                    rol.name());
        }
        assertTrue(EnumSet.allOf(Zaakrol.class).stream().allMatch(z -> Rol.valueOf(z.name()).isMedewerker()));
    }

    private static List<Set<Zaakrol>> deelverzamelingen() {
        Zaakrol[] alle = Zaakrol.values();
        List<Set<Zaakrol>> sets = new java.util.ArrayList<>();
        for (int bits = 0; bits < 1 << alle.length; bits++) {
            Set<Zaakrol> set = EnumSet.noneOf(Zaakrol.class);
            for (int i = 0; i < alle.length; i++) {
                if ((bits & 1 << i) != 0) {
                    set.add(alle[i]);
                }
            }
            sets.add(set);
        }
        return sets;
    }
}

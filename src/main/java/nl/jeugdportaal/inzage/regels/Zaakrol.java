package nl.jeugdportaal.inzage.regels;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which member of staff works on a case, and as what (DOMAIN §1, §4). The only copy of this rule: the
 * dossier, the family pages, the complaints and the start page all ask it.
 *
 * <ul>
 *   <li>the jeugdbeschermer the dossier is registered to;
 *   <li>the leidinggevende of that jeugdbeschermer's team: Stap 2 of a complaint is theirs, so they see
 *       the team's cases, and no other team's;
 *   <li>the FG, who checks decisions about inzage on every case of the GI.
 * </ul>
 *
 * Persons are the keys of {@link Situatie}. Plain Java, like {@link Inzageregels}.
 */
public enum Zaakrol {
    JEUGDBESCHERMER, LEIDINGGEVENDE, FG;

    /**
     * @param functies        the staff roles of the login (a login acting for a client has none)
     * @param jeugdbeschermer the jeugdbeschermer of the dossier
     * @param leidinggevende  the leidinggevende of that jeugdbeschermer's team; null when the
     *                        jeugdbeschermer is in no team
     * @return the most specific role {@code ik} has on the case, or empty: not on this case
     */
    public static Optional<Zaakrol> van(String ik, Set<Zaakrol> functies, String jeugdbeschermer, String leidinggevende) {
        Objects.requireNonNull(ik, "ik");
        if (functies.contains(JEUGDBESCHERMER) && ik.equals(jeugdbeschermer)) {
            return Optional.of(JEUGDBESCHERMER);
        }
        if (functies.contains(LEIDINGGEVENDE) && ik.equals(leidinggevende)) {
            return Optional.of(LEIDINGGEVENDE);
        }
        return alleZaken(functies) ? Optional.of(FG) : Optional.empty();
    }

    /** Whether these roles are on every case, whoever is registered to it: lists need not ask per case. */
    public static boolean alleZaken(Set<Zaakrol> functies) {
        return functies.contains(FG);
    }

}

package nl.jeugdportaal.registratie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the registration knows of the person behind a login: the person, their relations and
 * whether they have a dossier of their own. Every logged-in request needs all three to know who is
 * asking and as what, so they come in one statement instead of three.
 */
public record Aanmelding(Persoon persoon, List<Relatie> relaties, boolean eigenDossier) {
    private static final String VRAAG = "select p, r, (select count(d) from Dossier d where d.kind = p)"
            + " from Persoon p left join Relatie r on r.persoon = p where ";

    public static Optional<Aanmelding> metBsn(String bsn) {
        return uit(Persoon.getEntityManager().createQuery(VRAAG + "p.bsn = :w", Object[].class)
                .setParameter("w", bsn).getResultList());
    }

    /** A login without a BSN claim: staff and helpers the bronsysteem registered by user name. */
    public static Optional<Aanmelding> metLogin(String login) {
        return uit(Persoon.getEntityManager().createQuery(VRAAG + "p.login = :w and p.bsn is null", Object[].class)
                .setParameter("w", login).getResultList());
    }

    /** One row per relation (one without, for a person who has none), all of the first person found. */
    private static Optional<Aanmelding> uit(List<Object[]> rijen) {
        if (rijen.isEmpty()) {
            return Optional.empty();
        }
        Persoon persoon = (Persoon) rijen.get(0)[0];
        List<Relatie> relaties = new ArrayList<>();
        for (Object[] rij : rijen) {
            if (rij[0] == persoon && rij[1] != null) {
                relaties.add((Relatie) rij[1]);
            }
        }
        return Optional.of(new Aanmelding(persoon, relaties, ((Number) rijen.get(0)[2]).longValue() > 0));
    }
}

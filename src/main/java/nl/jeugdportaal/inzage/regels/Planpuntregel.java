package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * DOMAIN §2 rule 11, last sentence: a plan point about a third person follows rules 1 to 3. The plan is
 * made with the child and its gezag-holders (Jeugdwet 4.1.2, 4.1.3), so they are no third persons: a
 * point about them is part of the plan everyone who sees the plan sees. Anyone else the point is about
 * (a new partner, a parent without gezag, a pleegouder, a grandparent) is asked for as in a stuk about
 * them: {@link Inzageregels#beslis}, so there is no second copy of rules 1 to 3.
 */
public final class Planpuntregel {
    private final Inzageregels regels;

    public Planpuntregel(Inzageregels regels) {
        this.regels = Objects.requireNonNull(regels, "regels");
    }

    /**
     * Empty when {@code wie} may see the point; otherwise the refusal of the first third person the
     * viewer may not see data about. {@code situatie.kind()} must be the plan's child.
     */
    public Optional<Besluit> weigering(Situatie situatie, String wie, Set<String> over, LocalDate vandaag) {
        String kind = Objects.requireNonNull(situatie.kind(), "situatie.kind");
        Set<String> derden = new LinkedHashSet<>(over);
        derden.remove(kind);
        regels.gezaghebbers(situatie, kind, vandaag).forEach(derden::remove);
        if (derden.isEmpty()) {
            return Optional.empty();
        }
        Besluit besluit = regels.beslis(situatie, wie, derden, false, vandaag);
        return besluit.toegestaan() ? Optional.empty() : Optional.of(besluit);
    }
}

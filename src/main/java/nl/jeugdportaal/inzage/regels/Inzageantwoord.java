package nl.jeugdportaal.inzage.regels;

import java.util.List;
import java.util.Objects;

/**
 * The answer about one stuk: the whole (allowed only when every deel is) and, for a stuk with delen,
 * one answer per deel in order (DOMAIN §2 rule 10). {@code blik} is the view that decided.
 */
public record Inzageantwoord(Besluit besluit, List<Besluit> delen, Blik blik) {

    public Inzageantwoord {
        Objects.requireNonNull(besluit, "besluit");
        delen = List.copyOf(delen);
    }

    public long zichtbareDelen() {
        return delen.stream().filter(Besluit::toegestaan).count();
    }
}

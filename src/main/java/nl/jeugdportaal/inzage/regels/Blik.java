package nl.jeugdportaal.inzage.regels;

import java.util.Objects;

/**
 * One view of a viewer (DOMAIN §2 rule 6): their own ({@code namens} null), or acting for one client
 * on that client's machtiging. Views are never combined: a vertrouwenspersoon may see a stuk when one
 * single view allows it.
 */
public record Blik(String kijker, String namens) {

    public Blik {
        Objects.requireNonNull(kijker, "kijker");
    }

    public static Blik eigen(String kijker) {
        return new Blik(kijker, null);
    }

    public static Blik namens(String kijker, String client) {
        return new Blik(kijker, Objects.requireNonNull(client, "client"));
    }
}

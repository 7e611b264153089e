package nl.jeugdportaal.verzoek.regels;

import java.util.Objects;

/**
 * The facts about the person whose right a request is (for a vertrouwenspersoon: the client),
 * as registered on the day of the request.
 *
 * @param gezag         for {@link Band#OUDER}: the registration says this parent holds gezag
 * @param leeftijdKind  the age of the child of the dossier; gezag ends at 18 whatever is registered
 */
public record Aanvrager(Band band, boolean gezag, int leeftijd, boolean wilsonbekwaam, int leeftijdKind) {

    public Aanvrager {
        Objects.requireNonNull(band, "band");
    }

    /** DOMAIN §8: "je" for jeugdigen, "u" for adults. */
    public boolean jeVorm() {
        return leeftijd < 18;
    }

    boolean heeftGezag() {
        return (band == Band.VOOGD || (band == Band.OUDER && gezag)) && leeftijdKind < 18;
    }
}

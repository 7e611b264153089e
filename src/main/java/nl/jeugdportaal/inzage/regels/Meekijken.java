package nl.jeugdportaal.inzage.regels;

import java.util.List;

/**
 * What a vertrouwenspersoon needs to see data about P on a client's machtiging (DOMAIN §2 rule 6).
 *
 * @param clientMag           whether the client may see P's data; when not, no toestemming helps
 * @param toestemmingNodigVan whose toestemming about P the vertrouwenspersoon needs besides, given
 *                            or not; empty when {@code clientMag} is false
 */
public record Meekijken(boolean clientMag, List<String> toestemmingNodigVan) {
}

package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;

/**
 * A client's own statement about a stuk (DOMAIN §3): opinions are not corrected, but the client's
 * words are kept with the stuk and shown to everyone who may see it. Lives next to {@link Stuk}
 * because the dossier page shows it; filing one is done by the verzoek package.
 */
@Entity
@Table(name = "eigen_verklaring")
public class EigenVerklaring extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stuk_id")
    public Stuk stuk;
    /** Whose words these are. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "persoon_id")
    public Persoon persoon;
    /** The client, or a vertrouwenspersoon who wrote it down namens the client. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ingediend_door_id")
    public Persoon ingediendDoor;
    /** The refused correctie it answers, if any; an id, so inzage does not depend on verzoek. */
    public Long verzoekId;
    public String tekst;
    public Instant tijdstip;
}

package nl.jeugdportaal.verzoek;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.Optional;

/** The PDF made when a kopie was granted; only the requester downloads it. */
@Entity
@Table(name = "kopie")
public class Kopie extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "verzoek_id")
    public Verzoek verzoek;
    public byte[] pdf;
    public Instant gemaaktOp;

    public static Optional<Kopie> van(Verzoek verzoek) {
        return find("verzoek", verzoek).firstResultOptional();
    }

    public static boolean bestaat(Verzoek verzoek) {
        return count("verzoek", verzoek) > 0;
    }
}

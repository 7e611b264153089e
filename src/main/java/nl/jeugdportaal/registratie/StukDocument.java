package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.Optional;

/**
 * The original document of a stuk (a PDF the bronsysteem sent), shown to exactly those who may
 * see the whole stuk. Kept in PostgreSQL, so a backup holds it and a vernietiging removes it in
 * the same transaction as the stuk's text (V20).
 */
@Entity
@Table(name = "stuk_document")
public class StukDocument extends PanacheEntityBase {
    public static final int MAXIMUM = 20 * 1024 * 1024;

    @Id
    @Column(name = "stuk_id")
    public Long stukId;
    @Basic(fetch = FetchType.LAZY)
    public byte[] inhoud;
    public int grootte;
    public String sha256;
    public Instant opgeslagen;

    public static Optional<StukDocument> van(Long stukId) {
        return findByIdOptional(stukId);
    }
}

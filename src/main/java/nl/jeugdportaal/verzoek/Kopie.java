package nl.jeugdportaal.verzoek;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdportaal.registratie.Stuk;

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
    /** What the PDF holds; a stuk destroyed later stays here as a tombstone, so the cover can count it. */
    @ManyToMany
    @JoinTable(name = "kopie_stuk", joinColumns = @JoinColumn(name = "kopie_id"),
            inverseJoinColumns = @JoinColumn(name = "stuk_id"))
    public Set<Stuk> stukken = new LinkedHashSet<>();
    /** Left out by a decision "deels toegewezen"; the reason is the verzoek's {@code deelsReden}. */
    @ManyToMany
    @JoinTable(name = "kopie_weggelaten", joinColumns = @JoinColumn(name = "kopie_id"),
            inverseJoinColumns = @JoinColumn(name = "stuk_id"))
    public Set<Stuk> weggelaten = new LinkedHashSet<>();

    public static Optional<Kopie> van(Verzoek verzoek) {
        return find("verzoek", verzoek).firstResultOptional();
    }

    public static boolean bestaat(Verzoek verzoek) {
        return count("verzoek", verzoek) > 0;
    }

    /** How many stukken the decision left out of the verzoek's kopie; 0 when there is no kopie. */
    public static int aantalWeggelaten(Verzoek verzoek) {
        return getEntityManager().createQuery("select count(w) from Kopie k join k.weggelaten w where k.verzoek = :v",
                Long.class).setParameter("v", verzoek).getSingleResult().intValue();
    }

    /** Every kopie that holds one of these stukken. */
    public static List<Kopie> met(Collection<Stuk> stukken) {
        return list("select distinct k from Kopie k join k.stukken s where s in ?1", stukken);
    }
}

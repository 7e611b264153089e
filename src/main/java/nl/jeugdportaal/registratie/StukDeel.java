package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.util.LinkedHashSet;
import java.util.Set;

/** A passage of a stuk about particular persons (DOMAIN §2 rule 10); see V12. */
@Entity
@Table(name = "stuk_deel")
public class StukDeel extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stuk_id")
    public Stuk stuk;
    public int volgorde;
    public String tekst;
    @ManyToMany
    @JoinTable(name = "stuk_deel_over", joinColumns = @JoinColumn(name = "deel_id"),
            inverseJoinColumns = @JoinColumn(name = "persoon_id"))
    public Set<Persoon> over = new LinkedHashSet<>();
}

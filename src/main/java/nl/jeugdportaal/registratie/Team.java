package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** A team of jeugdbeschermers and the leidinggevende who answers for their cases. */
@Entity
@Table(name = "team")
public class Team extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String naam;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "leidinggevende_id")
    public Persoon leidinggevende;
    /** The bronsysteem's own id (registratie API). */
    public String bronId;
}

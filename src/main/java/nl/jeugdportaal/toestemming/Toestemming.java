package nl.jeugdportaal.toestemming;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdportaal.registratie.Persoon;

/** Gever allows ontvanger to see information about over, from vanaf through tot. */
@Entity
@Table(name = "toestemming")
public class Toestemming extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gever_id")
    public Persoon gever;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ontvanger_id")
    public Persoon ontvanger;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "over_id")
    public Persoon over;
    public LocalDate vanaf;
    public LocalDate tot;
    public Instant ingetrokkenOp;
}

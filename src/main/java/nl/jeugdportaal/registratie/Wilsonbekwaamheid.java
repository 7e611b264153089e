package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;

/** The GI registered that this person cannot judge their own interests (in a period). */
@Entity
@Table(name = "wilsonbekwaamheid")
public class Wilsonbekwaamheid extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "persoon_id")
    public Persoon persoon;
    public LocalDate vanaf;
    public LocalDate tot;
    public String toelichting;
    /** The bronsysteem's own id (registratie API). */
    public String bronId;
}

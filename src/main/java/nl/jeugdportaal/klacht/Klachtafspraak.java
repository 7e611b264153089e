package nl.jeugdportaal.klacht;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;

/** Something agreed in a klachtgesprek (seed 002: agreements were not always written down or followed up). */
@Entity
@Table(name = "klachtafspraak")
public class Klachtafspraak extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gesprek_id")
    public Klachtgesprek gesprek;
    public String wat;
    public String eigenaar;
    public LocalDate uiterlijk;
    public LocalDate gedaanOp;
}

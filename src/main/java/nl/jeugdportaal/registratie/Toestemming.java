package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Gever allows ontvanger to see information about over, from vanaf through tot. */
@Entity
@Table(name = "toestemming")
public class Toestemming extends PanacheEntityBase {
    private static final String MET_PERSONEN = "select t from Toestemming t join fetch t.gever join fetch t.ontvanger"
            + " join fetch t.over ";
    private static final String NIEUWSTE_EERST = " order by t.vanaf desc, t.id desc";

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
    /** The Dutch calendar day it was given; null for rows from before V60 (then: vanaf). */
    @Column(name = "gegeven_op")
    public LocalDate gegevenOp;

    public Geldigheid geldigheid(LocalDate dag) {
        return Geldigheid.op(dag, vanaf, tot, ingetrokkenOp);
    }

    public static List<Toestemming> vanGever(Persoon gever) {
        return list(MET_PERSONEN + "where t.gever = ?1" + NIEUWSTE_EERST, gever);
    }

    public static List<Toestemming> aanOntvanger(Persoon ontvanger) {
        return list(MET_PERSONEN + "where t.ontvanger = ?1" + NIEUWSTE_EERST, ontvanger);
    }

    public static List<Toestemming> over(List<Persoon> personen) {
        if (personen.isEmpty()) {
            return List.of();
        }
        return list(MET_PERSONEN + "where t.over in ?1" + NIEUWSTE_EERST, personen);
    }
}

package nl.jeugdportaal.klacht;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdportaal.klacht.regels.Klachttermijnen;
import nl.jeugdportaal.klacht.regels.Gespreksuitkomst;

/** The gesprek of Stap 1 or Stap 2, its verslag, the client's "klopt het?" and the agreements made. */
@Entity
@Table(name = "klachtgesprek")
public class Klachtgesprek extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "klacht_id")
    public Klacht klacht;
    public int stap;
    public LocalDate uitgenodigdOp;
    public LocalDate datum;
    public String deelnemers;
    public String verslag;
    public LocalDate verslagOp;
    public Boolean klopt;
    public String reactie;
    public LocalDate reactieOp;
    public String gecorrigeerdVerslag;
    public LocalDate gecorrigeerdOp;
    @Enumerated(EnumType.STRING)
    public Gespreksuitkomst uitkomst;
    public String volgendeStap;
    @OneToMany(mappedBy = "gesprek", cascade = CascadeType.ALL)
    @OrderBy("uiterlijk, id")
    public List<Klachtafspraak> afspraken = new ArrayList<>();

    /** Derived, not stored, so it cannot disagree with the date of the gesprek. */
    public LocalDate verslagUiterlijk() {
        return Klachttermijnen.verslagUiterlijk(datum);
    }
}

package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** A person in the GI's registration: a child, a parent, a helper or a member of staff. */
@Entity
@Table(name = "persoon")
public class Persoon extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String bsn;
    public String voornaam;
    public String achternaam;
    public LocalDate geboortedatum;
    public String email;
    public String telefoon;
    public String organisatie;
    @Enumerated(EnumType.STRING)
    public Functie functie;
    /** The team a jeugdbeschermer works in; empty for everyone else. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    public Team team;

    public String naam() {
        return voornaam + " " + achternaam;
    }

    /** Whole years on the given day: rights change on the birthday itself. */
    public int leeftijdOp(LocalDate dag) {
        return Period.between(geboortedatum, dag).getYears();
    }

    public static Optional<Persoon> metBsn(String bsn) {
        return find("bsn", bsn).firstResultOptional();
    }

    public static List<Persoon> vertrouwenspersonen() {
        return list("functie = ?1 order by voornaam, achternaam", Functie.VERTROUWENSPERSOON);
    }
}

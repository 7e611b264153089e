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
    /** "de", "van der": the bronsysteem sends it apart; the demo data keeps it in the achternaam. */
    public String tussenvoegsel;
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
    /** Which of the bronsysteem's kinds (persoon, medewerker, vertrouwenspersoon) this person is registered as. */
    @Enumerated(EnumType.STRING)
    public Bronsoort bronSoort;
    /** The bronsysteem's own id, unique within {@link #bronSoort}. */
    public String bronId;
    /** Staff and helpers registered by the bronsysteem log in by user name, without a BSN. */
    public String login;
    /** The day from which the bronsysteem ended this medewerker or vertrouwenspersoon: no role, no login. */
    public LocalDate beeindigdOp;

    public enum Bronsoort {
        PERSOON, MEDEWERKER, VERTROUWENSPERSOON
    }

    public String naam() {
        return voornaam + " " + (tussenvoegsel == null || tussenvoegsel.isBlank() ? "" : tussenvoegsel + " ") + achternaam;
    }

    public boolean isBeeindigdOp(LocalDate dag) {
        return beeindigdOp != null && !beeindigdOp.isAfter(dag);
    }

    /** Whole years on the given day: rights change on the birthday itself. */
    public int leeftijdOp(LocalDate dag) {
        return Period.between(geboortedatumVoorRegels(), dag).getYears();
    }

    /**
     * Staff and helpers come without a birth date (the registratie API has none for them); the age
     * rules read them as adults, which is what they are for every rule.
     */
    public LocalDate geboortedatumVoorRegels() {
        return geboortedatum != null ? geboortedatum : ZONDER_GEBOORTEDATUM;
    }

    private static final LocalDate ZONDER_GEBOORTEDATUM = LocalDate.of(1900, 1, 1);

    public static Optional<Persoon> metBsn(String bsn) {
        return find("bsn", bsn).firstResultOptional();
    }

    public static List<Persoon> vertrouwenspersonen() {
        return list("functie = ?1 order by voornaam, achternaam", Functie.VERTROUWENSPERSOON);
    }
}

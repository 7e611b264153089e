package nl.jeugdportaal.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;

/** The parents' choice under Jeugdwet 4.1.2: make their own familiegroepsplan, or waive it. */
@Entity
@Table(name = "familiegroepsplan")
public class Familiegroepsplan extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    @Enumerated(EnumType.STRING)
    public Keuze keuze;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "gekozen_door")
    public Persoon gekozenDoor;
    public LocalDate gekozenOp;

    public enum Keuze {
        ZELF_MAKEN, AFZIEN
    }

    public static Optional<Familiegroepsplan> vanDossier(Dossier dossier) {
        return find("select f from Familiegroepsplan f join fetch f.gekozenDoor where f.dossier = ?1", dossier)
                .firstResultOptional();
    }
}

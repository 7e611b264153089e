package nl.jeugdportaal.betrokkenen;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.util.List;
import nl.jeugdportaal.registratie.Dossier;

/** A person or organisation around a family, with role, contact and when they can be reached. */
@Entity
@Table(name = "betrokkene")
public class Betrokkene extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    public String naam;
    public String rol;
    public String organisatie;
    public String telefoon;
    public String email;
    public String bereikbaar;
    public int volgorde;

    public static List<Betrokkene> van(Dossier dossier) {
        return list("dossier = ?1 order by volgorde", dossier);
    }
}

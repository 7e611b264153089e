package nl.jeugdportaal.betrokkenen;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;

/** The family got a new jeugdbeschermer on {@code per}; the start page announces it for a while. */
@Entity
@Table(name = "jeugdbeschermer_wissel")
public class JeugdbeschermerWissel extends PanacheEntityBase {
    /** How long the start page keeps telling the family: long enough to be seen, then it is old news. */
    public static final int DAGEN_AANKONDIGEN = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "vorige_id")
    public Persoon vorige;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "nieuwe_id")
    public Persoon nieuwe;
    public LocalDate per;

    /** The latest change of each given dossier still worth announcing on {@code vandaag}. */
    public static List<JeugdbeschermerWissel> recent(List<Long> dossierIds, LocalDate vandaag) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        return list("select w from JeugdbeschermerWissel w join fetch w.vorige join fetch w.nieuwe"
                + " where w.dossier.id in ?1 and w.per <= ?2 and w.per > ?3 order by w.per desc",
                dossierIds, vandaag, vandaag.minusDays(DAGEN_AANKONDIGEN));
    }

    public static Optional<JeugdbeschermerWissel> laatste(Dossier dossier, LocalDate vandaag) {
        return recent(List.of(dossier.id), vandaag).stream().findFirst();
    }
}

package nl.jeugdportaal.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.registratie.Dossier;

/** A planned jeugdbeschermingstafel (JBT) for a family (seed 003): when, where, who, which papers. */
@Entity
@Table(name = "jeugdbeschermingstafel")
public class Jeugdbeschermingstafel extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    public LocalDateTime moment;
    public String plaats;
    public String organisator;
    public String vraag;
    @ElementCollection
    @CollectionTable(name = "jbt_genodigde", joinColumns = @JoinColumn(name = "jbt_id"))
    @OrderColumn(name = "volgorde")
    public List<Genodigde> genodigden = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "jbt_stuk", joinColumns = @JoinColumn(name = "jbt_id"))
    @OrderColumn(name = "volgorde")
    public List<JbtStuk> stukken = new ArrayList<>();

    @Embeddable
    public static class Genodigde {
        public String naam;
        public String rol;
    }

    @Embeddable
    public static class JbtStuk {
        public String titel;
        public LocalDate verstuurd;
    }

    /** The next JBT of the dossier from today, or empty when none is planned. */
    public static Optional<Jeugdbeschermingstafel> volgende(Dossier dossier, LocalDate vandaag) {
        return find("select j from Jeugdbeschermingstafel j where j.dossier = ?1 and j.moment >= ?2 order by j.moment",
                dossier, vandaag.atStartOfDay()).firstResultOptional();
    }
}

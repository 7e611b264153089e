package nl.jeugdportaal.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.registratie.Dossier;

/** The plan of one dossier: phase, what must change, and the dates the legal terms are checked on. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    public int fase;
    public LocalDate faseSinds;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String watMoetVeranderen;
    public LocalDate eersteContactOp;
    public LocalDate planVanAanpakOp;
    public LocalDate hulpGestartOp;
    public LocalDate volgendeEvaluatie;
    @Enumerated(EnumType.STRING)
    public Termijnen.Voornemen voornemenEinde;
    public LocalDate verzoekVerlengingOp;
    public LocalDate besluitVerlengingOp;
    public LocalDate raadIngelichtOp;
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("volgorde")
    public List<Planpunt> punten = new ArrayList<>();

    public enum Status {
        CONCEPT, DEFINITIEF
    }

    public static Optional<Plan> vanDossier(Dossier dossier) {
        // One plan per dossier (unique in the schema): no paging, so the fetched points are not cut in memory.
        return find("select p from Plan p left join fetch p.punten where p.dossier = ?1", dossier)
                .singleResultOptional();
    }
}

package nl.jeugdportaal.registratie;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entry in a child's dossier. Who may read it depends on every person it is about. A destroyed
 * stuk keeps only its id, its dossier and when it was destroyed (see {@link #vernietig}).
 */
@Entity
@Table(name = "stuk")
public class Stuk extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    public LocalDate datum;
    @Enumerated(EnumType.STRING)
    public StukSoort soort;
    public String auteur;
    public String titel;
    public String tekst;
    public boolean afgeschermd;
    /** Why the GI shielded it; for staff and the FG only. */
    public String afschermreden;
    @ManyToMany
    @JoinTable(name = "stuk_over", joinColumns = @JoinColumn(name = "stuk_id"),
            inverseJoinColumns = @JoinColumn(name = "persoon_id"))
    public Set<Persoon> over = new LinkedHashSet<>();
    /** Passages about particular persons; empty for a stuk the GI did not split. */
    @OneToMany(mappedBy = "stuk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("volgorde")
    public List<StukDeel> delen = new ArrayList<>();
    public LocalDate vernietigdOp;
    /** The granted vernietiging; an id, so inzage does not depend on verzoek. */
    @Column(name = "vernietigd_bij_verzoek_id")
    public Long vernietigdBij;
    /** The GI destroyed it through the registratie API, without a request. */
    public boolean vernietigdDoorBronsysteem;
    /** The bronsysteem's own id, unique within the dossier (registratie API). */
    public String bronId;

    /**
     * Empties the stuk for good: content, subjects and the facts that describe it. The database
     * refuses a tombstone that still holds any of them.
     */
    /** {@code verzoekId} null: the GI destroyed it itself, through the registratie API. */
    public void vernietig(LocalDate op, Long verzoekId) {
        vernietigdOp = op;
        vernietigdBij = verzoekId;
        vernietigdDoorBronsysteem = verzoekId == null;
        datum = null;
        soort = null;
        auteur = null;
        titel = null;
        tekst = null;
        afgeschermd = false;
        afschermreden = null;
        over.clear();
        delen.clear();
    }
}

package nl.jeugdportaal.verzoek;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.verzoek.regels.Status;
import nl.jeugdportaal.verzoek.regels.Termijn;
import nl.jeugdportaal.verzoek.regels.Termijnen;
import nl.jeugdportaal.verzoek.regels.Verzoeksoort;

/** A request about a dossier (DOMAIN §3), with its term and, once decided, the decision. */
@Entity
@Table(name = "verzoek")
public class Verzoek extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public Verzoeksoort soort;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    /** Whose right it is. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "aanvrager_id")
    public Persoon aanvrager;
    /** Who filed it: the aanvrager, or a vertrouwenspersoon on the aanvrager's machtiging. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "indiener_id")
    public Persoon indiener;
    /** The stuk a correctie is about. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stuk_id")
    public Stuk stuk;
    public boolean alleStukken = true;
    /** For a kopie of chosen stukken. */
    @ManyToMany
    @JoinTable(name = "verzoek_stuk", joinColumns = @JoinColumn(name = "verzoek_id"),
            inverseJoinColumns = @JoinColumn(name = "stuk_id"))
    public Set<Stuk> gekozenStukken = new LinkedHashSet<>();
    public String zin;
    public String watFout;
    public String watMoetHetZijn;
    public String toelichting;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant ingediendOp;
    public LocalDate ontvangen;
    public LocalDate uiterlijk;
    public LocalDate verlengdOp;
    public String verlengingReden;
    public LocalDate besluitOp;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "besluit_door_id")
    public Persoon besluitDoor;
    public String motivatie;
    /** For a kopie or vernietiging granted in part: why the rest was not granted. */
    public String deelsReden;

    /** The extended due date is derived, not stored, so it cannot disagree with the first one. */
    public Termijn termijn() {
        Termijn eerste = new Termijn(soort, ontvangen, uiterlijk, null);
        return verlengdOp == null ? eerste : Termijnen.verleng(eerste);
    }

    public boolean namens() {
        return !indiener.id.equals(aanvrager.id);
    }

    private static final String MET_PERSONEN = "select v from Verzoek v join fetch v.dossier d join fetch d.kind"
            + " join fetch v.aanvrager join fetch v.indiener";

    /** What this person asked or filed, and the requests of the clients she may act for. */
    public static List<Verzoek> vanAanvragerOfIndiener(Persoon persoon, List<Persoon> clienten) {
        return clienten.isEmpty()
                ? list(MET_PERSONEN + " where v.aanvrager = ?1 or v.indiener = ?1 order by v.ingediendOp desc", persoon)
                : list(MET_PERSONEN + " where v.aanvrager = ?1 or v.indiener = ?1 or v.aanvrager in ?2 order by v.ingediendOp desc",
                        persoon, clienten);
    }

    public static List<Verzoek> vanJeugdbeschermer(Persoon jeugdbeschermer) {
        return list(MET_PERSONEN + " where d.jeugdbeschermer = ?1 order by v.uiterlijk, v.id", jeugdbeschermer);
    }

    public static List<Verzoek> alle() {
        return list(MET_PERSONEN + " order by v.uiterlijk, v.id");
    }
}

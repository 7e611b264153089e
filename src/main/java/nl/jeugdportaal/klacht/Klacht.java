package nl.jeugdportaal.klacht;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;

/** A complaint (DOMAIN §4) with its parts, its klachtgesprekken and the KJMN milestones. */
@Entity
@Table(name = "klacht")
public class Klacht extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id")
    public Dossier dossier;
    /** Whose complaint it is. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "klager_id")
    public Persoon klager;
    /** Who filed it: the klager, or a vertrouwenspersoon on the klager's machtiging. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "indiener_id")
    public Persoon indiener;
    @Enumerated(EnumType.STRING)
    public Klagersoort klagerSoort;
    @Enumerated(EnumType.STRING)
    public Maatregelsoort maatregel;
    @Enumerated(EnumType.STRING)
    public Aard aard;
    @Enumerated(EnumType.STRING)
    public Ondersteuning ondersteuning;
    public String tekst;
    @Enumerated(EnumType.STRING)
    public Route route;
    public Instant ingediendOp;
    public LocalDate ingediend;
    public boolean andereJeugdbeschermer;
    @Enumerated(EnumType.STRING)
    public Wisselbesluit andereJbBesluit;
    public String andereJbMotivatie;
    /** The day the complaint reached its current step (Stap 1, Stap 2 or the KJMN); null for rows from before it was kept. */
    public LocalDate routeSinds;
    /** The day it was sent to the KJMN, as the client or the GI reported it; null until then. */
    public LocalDate kjmnIngediend;
    public LocalDate kjmnOntvangen;
    public LocalDate kjmnCompleet;
    public LocalDate internGesprekVan;
    public LocalDate internGesprekTot;
    public LocalDate hoorzitting;
    public LocalDate uitspraakOp;
    public LocalDate reactieOp;
    public String reactieTekst;
    public LocalDate afgerond;
    @OneToMany(mappedBy = "klacht", cascade = CascadeType.ALL)
    @OrderBy("volgnummer")
    public List<Klachtonderdeel> onderdelen = new ArrayList<>();
    @OneToMany(mappedBy = "klacht", cascade = CascadeType.ALL)
    @OrderBy("stap")
    public List<Klachtgesprek> gesprekken = new ArrayList<>();

    public LocalDate routeSinds() {
        return routeSinds == null ? ingediend : routeSinds;
    }

    public boolean namens() {
        return !indiener.id.equals(klager.id);
    }

    public Optional<Klachtgesprek> gesprek(int stap) {
        return gesprekken.stream().filter(g -> g.stap == stap).findFirst();
    }

    // The team comes along: who may see a complaint depends on the team of the jeugdbeschermer on the case.
    private static final String MET_PERSONEN = "select distinct k from Klacht k join fetch k.dossier d join fetch d.kind"
            + " join fetch d.jeugdbeschermer j left join fetch j.team t join fetch k.klager join fetch k.indiener";

    public static Optional<Klacht> zoek(Long id) {
        return id == null ? Optional.empty() : find(MET_PERSONEN + " where k.id = ?1", id).firstResultOptional();
    }

    /** What this person filed or is the klager of, and the complaints of the clients she may act for. */
    public static List<Klacht> vanKlagerOfIndiener(Persoon persoon, List<Persoon> clienten) {
        return clienten.isEmpty()
                ? list(MET_PERSONEN + " where k.klager = ?1 or k.indiener = ?1 order by k.ingediend desc", persoon)
                : list(MET_PERSONEN + " where k.klager = ?1 or k.indiener = ?1 or k.klager in ?2 order by k.ingediend desc",
                        persoon, clienten);
    }

    /**
     * The open complaints on the cases this person works on as jeugdbeschermer or leads as the team's
     * leidinggevende: staff lists are about what is still to be done.
     */
    public static List<Klacht> openVanMedewerker(Persoon medewerker) {
        return list(MET_PERSONEN + " where (j = ?1 or t.leidinggevende = ?1) and k.afgerond is null order by k.ingediend",
                medewerker);
    }

    public static List<Klacht> open() {
        return list(MET_PERSONEN + " where k.afgerond is null order by k.ingediend");
    }

    public static List<Klacht> ingediendTussen(LocalDate van, LocalDate tot) {
        return list("select distinct k from Klacht k left join fetch k.onderdelen where k.ingediend between ?1 and ?2", van, tot);
    }
}

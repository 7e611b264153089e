package nl.jeugdportaal.klacht;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import nl.jeugdportaal.klacht.regels.Uitspraak;

/** One short statement of a complaint, with the KJMN's ruling on it and the GI's answer to that ruling. */
@Entity
@Table(name = "klachtonderdeel")
public class Klachtonderdeel extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "klacht_id")
    public Klacht klacht;
    public int volgnummer;
    public String tekst;
    @Enumerated(EnumType.STRING)
    public Uitspraak uitspraak;
    public Boolean overgenomen;
    public String maatregel;
}

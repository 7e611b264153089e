package nl.jeugdportaal.identiteit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;

/** One login's session as the server records it (V50): what a copied cookie cannot bring back. */
@Entity
@Table(name = "sessie")
public class Sessie extends PanacheEntityBase {
    public enum Reden {
        UITGELOGD, INACTIEF, ACCOUNT
    }

    @Id
    public String sid;
    public String subject;
    public Instant begonnen;
    public Instant laatstGezien;
    public Instant beeindigdOp;
    @Enumerated(EnumType.STRING)
    public Reden reden;

    void beeindig(Instant op, Reden waarom) {
        beeindigdOp = op;
        reden = waarom;
    }
}

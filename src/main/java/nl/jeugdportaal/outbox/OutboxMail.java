package nl.jeugdportaal.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;

/**
 * One mail the portal decided to send, kept until the worker has handed it to the mail server; or,
 * of another {@link #soort}, an instruction a {@link Bezorger} hands to another system.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public static final String MAIL = "MAIL";
    public String soort = MAIL;
    public String aan;
    public String onderwerp;
    public String tekst;
    public Instant gemaaktOp;
    public int pogingen;
    public Instant volgendePoging;
    public Instant verstuurdOp;
    public String laatsteFout;

    /** What the mail server accepted for this address, newest first. */
    public static List<OutboxMail> verstuurdAan(String aan) {
        return list("soort = 'MAIL' and aan = ?1 and verstuurdOp is not null order by verstuurdOp desc, id desc", aan);
    }
}

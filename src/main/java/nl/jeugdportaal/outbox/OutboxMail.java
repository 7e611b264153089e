package nl.jeugdportaal.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;

/** One mail the portal decided to send, kept until the worker has handed it to the mail server. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
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
        return list("aan = ?1 and verstuurdOp is not null order by verstuurdOp desc, id desc", aan);
    }
}

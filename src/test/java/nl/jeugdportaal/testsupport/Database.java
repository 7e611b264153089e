package nl.jeugdportaal.testsupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.registratie.Persoon;

/** Looks things up in the test database the way the tests need it: ids of demo persons, audit rows. */
public final class Database {
    private Database() {
    }

    public static <T> T lees(Supplier<T> vraag) {
        return QuarkusTransaction.requiringNew().call(vraag::get);
    }

    /** The demo persons have distinct first names. */
    public static Long id(String voornaam) {
        return lees(() -> Persoon.<Persoon>find("voornaam", voornaam).singleResult().id);
    }

    /** Log rows of this action by this actor about this person's data (one row per event, V80). */
    public static long auditRegels(Actie actie, Long actor, Long betreft) {
        return lees(() -> AuditRegel.count("actie = ?1 and actorId = ?2 and een_van(betreft, ?3)", actie, actor, betreft));
    }

    /** Log rows that name this stuk, shown or refused. */
    public static long auditRegelsOverStuk(Long stuk) {
        return lees(() -> AuditRegel.count("een_van(stukken, ?1) or een_van(geweigerd, ?1)", stuk));
    }

    /** Log rows of this action that name this stuk, shown or refused. */
    public static long auditRegelsOverStuk(Actie actie, Long stuk) {
        return lees(() -> AuditRegel.count("actie = ?1 and (een_van(stukken, ?2) or een_van(geweigerd, ?2))", actie, stuk));
    }
}

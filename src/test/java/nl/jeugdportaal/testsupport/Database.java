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

    public static long auditRegels(Actie actie, Long actor, Long betreft) {
        return lees(() -> AuditRegel.count("actie = ?1 and actorId = ?2 and betreftId = ?3", actie, actor, betreft));
    }
}

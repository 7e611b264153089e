package nl.jeugdportaal.toestemming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.KijkerBron;

/** The person behind the login, for the toestemming and machtiging pages; a login we do not know gets "not found". */
@RequestScoped
class Ingelogd {
    @Inject
    KijkerBron kijkers;

    private Kijker kijker;

    Kijker kijker() {
        if (kijker == null) {
            kijker = kijkers.kijker(null).orElseThrow(NotFoundException::new);
        }
        return kijker;
    }

    /** Changes are made in one's own name: a vertrouwenspersoon cannot give toestemming for a client. */
    Audit.Actor actor() {
        return new Audit.Actor(kijker().persoon().id, kijker().hoofdrol(), null);
    }
}

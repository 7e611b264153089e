package nl.jeugdportaal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The letterhead of the documents people keep (PDF templates read it as {@code inject:briefhoofd}). */
@ApplicationScoped
@Named("briefhoofd")
public class Briefhoofd {
    /** The GI that runs this portal; each GI sets its own name. */
    @ConfigProperty(name = "jeugdportaal.gi.naam", defaultValue = "SAVE Jeugdbescherming")
    String gi;

    public String gi() {
        return gi;
    }
}

package nl.jeugdportaal.begrippen;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Taalkeuze;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every HTML page the portal renders gets its glossary terms linked (issue #6: every term on every
 * page). quarkus-rest-qute has rendered the template to a String by the time response filters run
 * (the handler for returned TemplateInstances, or its own response filter for a TemplateInstance
 * inside a Response, which runs before this one: response filters run from high priority to low).
 */
public class Begrippenfilter {
    private final Map<Taal, String> linkTitels = new ConcurrentHashMap<>();

    @Inject
    Taalkeuze taalkeuze;

    @ServerResponseFilter(priority = Priorities.USER - 1000)
    public void linkBegrippen(ContainerResponseContext antwoord) {
        if (antwoord.getEntity() instanceof String html
                && MediaType.TEXT_HTML_TYPE.isCompatible(antwoord.getMediaType())) {
            Taal taal = taalkeuze.taal();
            String titel = linkTitels.computeIfAbsent(taal, t -> taalkeuze.bundel(BegrippenTekst.class).linkTitel());
            antwoord.setEntity(BegrippenLinker.standaard().link(html, taal, titel), antwoord.getEntityAnnotations(),
                    antwoord.getMediaType());
        }
    }
}

package nl.jeugdportaal.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Every page is rendered in the chosen language. Setting the locale here, on every template
 * instance, also keeps quarkus-rest-qute from choosing one from Accept-Language.
 */
@ApplicationScoped
public class TaalInitializer implements TemplateInstance.Initializer {
    @Inject
    Taalkeuze taalkeuze;

    /** Quarkus does not pick up initializer beans by itself; the engine builder event is the hook. */
    void registreer(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (!instance.getTemplate().getId().contains("/")) {
            // Not a page (ui-templates/<Resource>/<method>.html) but a message of a bundle: Qute renders
            // those through templates too, and the Dutch bundle finds its enum labels through the
            // locale, so a page language set here would turn a Dutch label in Java English.
            return;
        }
        ManagedContext verzoek = Arc.container().requestContext();
        // Mails (the .txt templates) stay Dutch, also when a page request or a scheduled job (which
        // has a request context but no HTTP request) renders them; so do PDFs rendered outside a request.
        boolean mail = instance.getTemplate().getVariant().map(v -> "text/plain".equals(v.getContentType())).orElse(false);
        instance.setLocale(verzoek.isActive() && !mail ? taalkeuze.taal().locale() : Taal.NL.locale());
    }
}

package nl.jeugdportaal.web;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import nl.jeugdportaal.web.regels.Tekens;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * One place where every form the portal receives is cleaned before any resource, rule or PostgreSQL sees
 * it: the invisible characters of {@link Tekens#schoon} go, and a field longer than {@link #VELD_MAX}
 * characters is cut there, so the form's own check answers "too long" with the text in the field instead
 * of the server refusing the whole request. Direction controls stay: each form's text check refuses them
 * with a message next to the field ({@code Tekstcontrole}, {@code Inbrengen}).
 */
public class Invoerhygiene {
    /** Far above every form's own limit (5,000 characters), far below the request limit. */
    public static final int VELD_MAX = 100_000;

    // readBody: a filter runs before the form is read, unless it asks for it; without it the form data is still null here.
    @ServerRequestFilter(readBody = true)
    public void maakSchoon(ResteasyReactiveContainerRequestContext verzoek) {
        if (!(verzoek.getServerRequestContext() instanceof ResteasyReactiveRequestContext context)) {
            return;
        }
        FormData formulier = context.getFormData();
        if (formulier == null) {
            return;
        }
        List<String> namen = new ArrayList<>();
        formulier.forEach(namen::add);
        for (String naam : namen) {
            Deque<FormValue> waarden = formulier.get(naam);
            if (waarden.stream().anyMatch(w -> w.isFileItem() || !w.getValue().equals(schoon(w.getValue())))) {
                if (waarden.stream().anyMatch(FormValue::isFileItem)) {
                    continue;
                }
                List<String> schoon = waarden.stream().map(w -> schoon(w.getValue())).toList();
                formulier.remove(naam);
                schoon.forEach(w -> formulier.add(naam, w));
            }
        }
    }

    public static String schoon(String waarde) {
        String s = Tekens.schoon(waarde);
        return s.length() > VELD_MAX ? s.substring(0, Character.isHighSurrogate(s.charAt(VELD_MAX - 1)) ? VELD_MAX - 1 : VELD_MAX) : s;
    }
}

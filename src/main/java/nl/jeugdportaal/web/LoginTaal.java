package nl.jeugdportaal.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.ApplicationScoped;

/** Keycloak's login page speaks the language the person chose in the portal (Dutch unless they chose English). */
@ApplicationScoped
@Unremovable
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class LoginTaal implements OidcRedirectFilter {
    @Override
    public void filter(OidcRedirectContext context) {
        Cookie cookie = context.routingContext().request().getCookie(Taalkeuze.COOKIE);
        Taal taal = Taal.vanCode(cookie == null ? null : cookie.getValue()).orElse(Taal.NL);
        context.additionalQueryParams().set("ui_locales", taal.code());
    }
}

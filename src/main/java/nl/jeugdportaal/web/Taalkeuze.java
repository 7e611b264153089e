package nl.jeugdportaal.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The language of this request: the one the person chose with the switch (a cookie), else Dutch.
 * The browser's Accept-Language is ignored on purpose: a parent on a borrowed English phone still
 * gets the Dutch portal the letters and the staff refer to, and chooses English themselves.
 */
@RequestScoped
@Named("taal")
public class Taalkeuze {
    public static final String COOKIE = "taal";

    @Inject
    HttpServerRequest request;

    private Taal taal;

    public Taal taal() {
        if (taal == null) {
            Cookie cookie = request.getCookie(COOKIE);
            taal = Taal.vanCode(cookie == null ? null : cookie.getValue()).orElse(Taal.NL);
        }
        return taal;
    }

    /** A message bundle in this request's language, for texts built in Java. */
    public <T> T bundel(Class<T> soort) {
        return taal().bundel(soort);
    }

    /** For {@code <html lang="...">}. */
    public String code() {
        return taal().code();
    }

    public boolean engels() {
        return taal() == Taal.EN;
    }

    /** The switch to the other language, back to this same page. */
    public String wisselLink() {
        String hier = request.uri();
        return "/taal/" + taal().andere().code() + "?terug="
                + java.net.URLEncoder.encode(hier == null ? "/" : hier, java.nio.charset.StandardCharsets.UTF_8);
    }

    public Taal andere() {
        return taal().andere();
    }
}

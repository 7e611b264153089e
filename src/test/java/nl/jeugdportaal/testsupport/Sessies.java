package nl.jeugdportaal.testsupport;

import java.util.HashMap;
import java.util.Map;

/** One Keycloak login per demo user per test class: logging in costs a few round trips each. */
public final class Sessies {
    private final Map<String, Inlogsessie> open = new HashMap<>();

    public Inlogsessie van(String login) {
        return open.computeIfAbsent(login, l -> Inlogsessie.als(Portaal.URL, l));
    }
}

package nl.jeugdportaal.web;

import java.util.UUID;

/**
 * The code on an error page that a person can read out on the phone; the log has the same code
 * next to what went wrong, so the helpdesk finds it.
 */
public final class Referentie {
    private Referentie() {
    }

    public static String nieuw() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}

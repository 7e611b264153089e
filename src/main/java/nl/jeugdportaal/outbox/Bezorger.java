package nl.jeugdportaal.outbox;

/**
 * Delivers the outbox's messages that are not mail: instructions to another system, stored in the
 * same transaction as the decision behind them and tried again, like mail, until they succeed.
 */
public interface Bezorger {
    boolean bezorgt(String soort);

    /** Throws when the other system did not take it: the worker tries again later. */
    void bezorg(OutboxMail bericht);
}

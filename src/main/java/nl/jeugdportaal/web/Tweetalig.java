package nl.jeugdportaal.web;

import java.util.function.Function;

/**
 * A text the portal writes once and shows later to a reader whose language it does not know yet:
 * a message in the inbox. Both languages are made when it is written, from the same bundle method,
 * so the two can never say different things.
 */
public record Tweetalig(String nl, String en) {

    /** The text made by {@code tekst} in every language the portal speaks. */
    public static Tweetalig van(Function<Taal, String> tekst) {
        return new Tweetalig(tekst.apply(Taal.NL), tekst.apply(Taal.EN));
    }

    public String in(Taal taal) {
        return taal == Taal.EN ? en : nl;
    }
}

package nl.jeugdportaal.klacht.regels;

import java.util.Locale;

/** A step of the KJMN's procedure that the GI registers on the day the KJMN reported it (DOMAIN §4). */
public enum Mijlpaal implements Formulierwaarde {
    VERSTUURD,
    ONTVANGEN,
    COMPLEET,
    INTERN_VAN,
    INTERN_TOT,
    HOORZITTING;

    @Override
    public String formulierwaarde() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

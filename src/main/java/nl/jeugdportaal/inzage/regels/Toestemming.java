package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code van} allows {@code aan} to see information about {@code over}, valid from {@code vanaf}
 * through {@code tot} (inclusive, {@code null} = open). A withdrawal is kept as the date
 * {@code ingetrokkenOp}, not by deleting the record, because the audit log must still show why a
 * view was allowed before that day. Whether {@code van} may give it at all is for the rules, which also
 * ask whether {@code van} was among those who decide on {@code gegevenOp}, the day it was given
 * ({@code null}: on {@code vanaf}, or, open at both ends, today).
 */
public record Toestemming(String van, String aan, String over, LocalDate vanaf, LocalDate tot, LocalDate ingetrokkenOp,
        LocalDate gegevenOp) {

    public Toestemming {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(aan, "aan");
        Objects.requireNonNull(over, "over");
        Periode.controleer(vanaf, tot, "toestemming " + van + " -> " + aan);
    }

    public Toestemming(String van, String aan, String over, LocalDate vanaf, LocalDate tot, LocalDate ingetrokkenOp) {
        this(van, aan, over, vanaf, tot, ingetrokkenOp, null);
    }

    public static Toestemming van(String van, String aan, String over, LocalDate vanaf, LocalDate tot) {
        return new Toestemming(van, aan, over, vanaf, tot, null);
    }

    public Toestemming ingetrokken(LocalDate op) {
        return new Toestemming(van, aan, over, vanaf, tot, op, gegevenOp);
    }

    public Toestemming gegeven(LocalDate op) {
        return new Toestemming(van, aan, over, vanaf, tot, ingetrokkenOp, op);
    }

    /** The day whose deciders count for this toestemming (DOMAIN §2 rule 5). */
    LocalDate gegevenOp(LocalDate vandaag) {
        return gegevenOp != null ? gegevenOp : vanaf != null ? vanaf : vandaag;
    }

    public boolean geldigOp(LocalDate dag) {
        return Periode.bevat(vanaf, tot, ingetrokkenOp, dag);
    }
}

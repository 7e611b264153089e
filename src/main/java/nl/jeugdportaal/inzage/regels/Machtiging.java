package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Client {@code van} lets vertrouwenspersoon {@code aan} act for them, from {@code vanaf} through
 * {@code tot} (inclusive, {@code null} = open), until the client revokes it ({@code ingetrokkenOp}).
 */
public record Machtiging(String van, String aan, LocalDate vanaf, LocalDate tot, LocalDate ingetrokkenOp) {

    public Machtiging {
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(aan, "aan");
        Periode.controleer(vanaf, tot, "machtiging " + van + " -> " + aan);
    }

    public static Machtiging van(String client, String vertrouwenspersoon, LocalDate vanaf, LocalDate tot) {
        return new Machtiging(client, vertrouwenspersoon, vanaf, tot, null);
    }

    public Machtiging ingetrokken(LocalDate op) {
        return new Machtiging(van, aan, vanaf, tot, op);
    }

    public boolean geldigOp(LocalDate dag) {
        return Periode.bevat(vanaf, tot, ingetrokkenOp, dag);
    }
}

package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A person in the dossier. Only the birth date matters to the rules: every right follows from the
 * age on the day of the question, so rights change by themselves on a birthday (DOMAIN §1).
 */
public record Persoon(String id, LocalDate geboortedatum) {

    public Persoon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(geboortedatum, "geboortedatum");
    }

    /**
     * Whole years on {@code dag}. java.time counts someone born on 29 February a year older on
     * 1 March in a common year; the law names no other day, so we keep the library's answer.
     */
    public int leeftijdOp(LocalDate dag) {
        return (int) ChronoUnit.YEARS.between(geboortedatum, dag);
    }

    /**
     * The first day on which {@link #leeftijdOp} gives {@code jaren}, so the day a right starts.
     * plusYears alone would say 28 February for someone born on 29 February, one day too early.
     */
    public LocalDate verjaardag(int jaren) {
        LocalDate dag = geboortedatum.plusYears(jaren);
        return leeftijdOp(dag) < jaren ? dag.plusDays(1) : dag;
    }
}

package nl.jeugdportaal.inzagelog;

import java.time.Instant;
import java.time.LocalDate;
import nl.jeugdportaal.inzage.DossierTekst;
import nl.jeugdportaal.inzage.Filterinvoer;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.tijd.regels.Tijdzone;
import nl.jeugdportaal.web.Taal;

/**
 * The period of a log search as typed: dates (read like the dossier page's, with the same messages)
 * and, optionally, the hour on each, in Dutch time. {@code [van, tot)}; null is open.
 */
public record Tijdvak(Instant van, Instant tot, String fout) {

    /** {@code vanUur} 0-23: from the start of that hour; {@code totUur} 1-24: until the end of the hour before. */
    public static Tijdvak lees(String van, String vanUur, String tot, String totUur, Taal taal) {
        Filterinvoer datums = Filterinvoer.lees(null, van, tot, taal);
        if (datums.fout() != null) {
            return new Tijdvak(null, null, datums.fout());
        }
        LocalDate vanDag = datums.filter().van();
        LocalDate totDag = datums.filter().tot();
        Instant begin = vanDag == null ? null : opUur(vanDag, uur(vanUur, 0, 23, 0));
        Instant eind = totDag == null ? null : opUur(totDag, uur(totUur, 1, 24, 24));
        if (begin != null && eind != null && !eind.isAfter(begin)) {
            return new Tijdvak(null, null, taal.bundel(DossierTekst.class).eindeVoorBegin());
        }
        return new Tijdvak(begin, eind, null);
    }

    /** The wall-clock hour in the Netherlands, also on the days the clocks change. */
    private static Instant opUur(LocalDate dag, int uur) {
        return (uur == 24 ? dag.plusDays(1).atStartOfDay() : dag.atTime(uur, 0)).atZone(Tijdzone.NEDERLAND).toInstant();
    }

    /** An hour from a list the page offers; anything else is the default, the whole day. */
    private static int uur(String tekst, int laagste, int hoogste, int anders) {
        Long getal = Idinvoer.getal(tekst);
        return getal == null || getal < laagste || getal > hoogste ? anders : getal.intValue();
    }
}

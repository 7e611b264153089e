package nl.jeugdportaal.rechten.regels;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * The days on which a term set by law does not end (Algemene termijnenwet art. 1 and 3): Saturday,
 * Sunday and the generally recognised holidays. A term that ends on one of them ends on the next day
 * that is none of them.
 */
public final class Feestdagen {
    private Feestdagen() {
    }

    /** Atw art. 3: Nieuwjaarsdag, Goede Vrijdag, tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, tweede Pinksterdag, both Kerstdagen. */
    public static boolean isFeestdag(LocalDate dag) {
        int jaar = dag.getYear();
        LocalDate pasen = pasen(jaar);
        Set<LocalDate> vast = Set.of(LocalDate.of(jaar, Month.JANUARY, 1), koningsdag(jaar),
                LocalDate.of(jaar, Month.MAY, 5), LocalDate.of(jaar, Month.DECEMBER, 25), LocalDate.of(jaar, Month.DECEMBER, 26),
                pasen.minusDays(2), pasen.plusDays(1), pasen.plusDays(39), pasen.plusDays(50));
        return vast.contains(dag);
    }

    public static boolean isWerkdag(LocalDate dag) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY && !isFeestdag(dag);
    }

    /** The last day of a term that would end on {@code dag}: that day, or the first werkdag after it. */
    public static LocalDate termijnEinde(LocalDate dag) {
        LocalDate einde = dag;
        while (!isWerkdag(einde)) {
            einde = einde.plusDays(1);
        }
        return einde;
    }

    /** 27 April, or 26 April when the 27th is a Sunday. */
    public static LocalDate koningsdag(int jaar) {
        LocalDate dag = LocalDate.of(jaar, Month.APRIL, 27);
        return dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    public static LocalDate pasen(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}

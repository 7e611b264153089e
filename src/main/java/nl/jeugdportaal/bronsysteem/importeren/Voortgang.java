package nl.jeugdportaal.bronsysteem.importeren;

import java.io.PrintStream;

/**
 * The progress bar on stderr. In a terminal one line is redrawn at most ten times a second; in a
 * log (no terminal) a line is written per tenth of the file, so the log does not fill up.
 */
final class Voortgang {
    private static final int BREEDTE = 30;
    private final PrintStream uit;
    private final long totaal;
    private final boolean terminal;
    private final long begin = System.nanoTime();
    private long getekendOp;
    private long laatsteTiende = -1;

    Voortgang(PrintStream uit, long totaal, boolean terminal) {
        this.uit = uit;
        this.totaal = Math.max(totaal, 1);
        this.terminal = terminal;
    }

    void stand(long gedaan, int geweigerd) {
        long nu = System.nanoTime();
        if (terminal && (nu - getekendOp > 100_000_000L || gedaan == totaal)) {
            getekendOp = nu;
            uit.print("\r" + regel(gedaan, geweigerd, nu));
        } else if (!terminal && gedaan * 10 / totaal > laatsteTiende) {
            laatsteTiende = gedaan * 10 / totaal;
            uit.println(regel(gedaan, geweigerd, nu));
        }
        uit.flush();
    }

    void klaar() {
        if (terminal) {
            uit.println();
        }
    }

    double perSeconde(long gedaan) {
        double seconden = (System.nanoTime() - begin) / 1e9;
        return seconden > 0 ? gedaan / seconden : 0;
    }

    private String regel(long gedaan, int geweigerd, long nu) {
        int vol = (int) (BREEDTE * gedaan / totaal);
        return "[" + "#".repeat(vol) + " ".repeat(BREEDTE - vol) + "] " + gedaan + "/" + totaal
                + " (" + (100 * gedaan / totaal) + "%), " + String.format("%.0f", perSeconde(gedaan))
                + " per seconde, " + geweigerd + " geweigerd";
    }
}

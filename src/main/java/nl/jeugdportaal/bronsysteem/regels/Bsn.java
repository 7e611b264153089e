package nl.jeugdportaal.bronsysteem.regels;

/**
 * The burgerservicenummer's own check (the elfproef): nine digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11. A typing error in one digit, or two digits swapped,
 * always fails it, so a BSN that fails was never issued.
 */
public final class Bsn {
    private Bsn() {
    }

    public static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0 && !bsn.equals("000000000");
    }
}

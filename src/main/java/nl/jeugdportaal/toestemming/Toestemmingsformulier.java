package nl.jeugdportaal.toestemming;

/** The toestemming form as the person filled it in, kept as typed so an error page can show it again. */
public record Toestemmingsformulier(String over, String aan, String tot) {
    public static final Toestemmingsformulier LEEG = new Toestemmingsformulier(null, null, null);

    /** A message per field; all null when the form is fine. */
    public record Fouten(String over, String aan, String tot) {
        public static final Fouten GEEN = new Fouten(null, null, null);

        public boolean leeg() {
            return over == null && aan == null && tot == null;
        }
    }
}

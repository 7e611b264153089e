package nl.jeugdportaal.toestemming;

/** The machtiging form as the person filled it in, kept as typed so an error page can show it again. */
public record Machtigingsformulier(String vertrouwenspersoon, String tot) {
    public static final Machtigingsformulier LEEG = new Machtigingsformulier(null, null);

    /** A message per field; all null when the form is fine. */
    public record Fouten(String vertrouwenspersoon, String tot) {
        public static final Fouten GEEN = new Fouten(null, null);

        public boolean leeg() {
            return vertrouwenspersoon == null && tot == null;
        }
    }
}

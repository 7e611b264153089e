package nl.jeugdportaal.registratie;

public enum RelatieSoort {
    OUDER("ouder"),
    VOOGD("voogd"),
    VERTEGENWOORDIGER("wettelijk vertegenwoordiger");

    public final String label;

    RelatieSoort(String label) {
        this.label = label;
    }
}

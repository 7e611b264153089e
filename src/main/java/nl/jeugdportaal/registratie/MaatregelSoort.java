package nl.jeugdportaal.registratie;

public enum MaatregelSoort {
    OTS("ondertoezichtstelling (OTS)"),
    VOTS("voorlopige ondertoezichtstelling (VOTS)"),
    VOOGDIJ("voogdij"),
    MACHTIGING_UITHUISPLAATSING("machtiging uithuisplaatsing");

    public final String label;

    MaatregelSoort(String label) {
        this.label = label;
    }
}

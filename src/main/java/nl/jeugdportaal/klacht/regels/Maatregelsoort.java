package nl.jeugdportaal.klacht.regels;

/** The kind of measure a complaint came from, as in seed 002 §1.2; stored on the day of filing. */
public enum Maatregelsoort {
    OTS("Ondertoezichtstelling (OTS)"),
    VOOGDIJ("Voogdij"),
    PREVENTIEF("Preventieve jeugdbescherming"),
    JR("Jeugdreclassering (JR)");

    public final String label;

    Maatregelsoort(String label) {
        this.label = label;
    }
}

package nl.jeugdportaal.klacht.regels;

/** Who comes along to help, in the groups of seed 002 §1.4. */
public enum Ondersteuning {
    AKJ("Een vertrouwenspersoon van het AKJ"),
    FAMILIELID("Een familielid of kennis"),
    ADVOCAAT("Een advocaat"),
    HULPVERLENER("Een hulpverlener"),
    GEEN("Niemand");

    public final String label;

    Ondersteuning(String label) {
        this.label = label;
    }
}

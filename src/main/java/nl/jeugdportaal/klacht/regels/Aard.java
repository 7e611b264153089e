package nl.jeugdportaal.klacht.regels;

/** What a complaint is mainly about, in the groups of seed 002 §1.5. */
public enum Aard {
    BEJEGENING("Hoe er met mij is omgegaan: niet gehoord, niet serieus genomen, partijdig of te weinig gedaan"),
    RAPPORTAGES("Wat er in een rapport of verslag staat"),
    BEREIKBAARHEID("De jeugdbeschermer is slecht bereikbaar of belt niet terug"),
    OVERIG("Iets anders");

    public final String label;

    Aard(String label) {
        this.label = label;
    }
}

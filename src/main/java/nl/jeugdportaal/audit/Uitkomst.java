package nl.jeugdportaal.audit;

public enum Uitkomst {
    TOEGESTAAN, GEWEIGERD, GEWIJZIGD
}

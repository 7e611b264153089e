package nl.jeugdportaal.inzage;

public enum StukSoort {
    GESPREKSVERSLAG("Verslag van een gesprek"),
    CONTACTMOMENT("Contactmoment"),
    VEILIGHEIDSPLAN("Veiligheidsplan"),
    PLAN_VAN_AANPAK("Plan van aanpak"),
    EVALUATIE("Evaluatie"),
    RAPPORTAGE("Rapportage"),
    BESCHIKKING("Beschikking van de rechter"),
    BRIEF("Brief"),
    VERZOEKSCHRIFT("Verzoekschrift aan de rechter"),
    VERSLAG_OVERLEG("Verslag van een overleg"),
    INFORMATIE_DERDEN("Informatie van anderen");

    public final String label;

    StukSoort(String label) {
        this.label = label;
    }
}

package nl.jeugdportaal.identiteit.regels;

/** The realm roles of DOMAIN.md §1, as Keycloak names them. */
public enum Rol {
    OUDER, VOOGD, JEUGDIGE, VERTEGENWOORDIGER, VERTROUWENSPERSOON, JEUGDBESCHERMER, LEIDINGGEVENDE, FG;

    public String naam() {
        return name().toLowerCase();
    }

    public boolean isMedewerker() {
        return this == JEUGDBESCHERMER || this == LEIDINGGEVENDE || this == FG;
    }
}

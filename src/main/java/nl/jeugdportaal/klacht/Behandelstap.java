package nl.jeugdportaal.klacht;

/**
 * The steps staff register on a complaint, each with its own form. The name is the last part of the
 * form's URL, what the audit line says was changed, and the prefix of the form's fields on the
 * complaint page, where several staff forms have a field of the same name ({@code gesprek.datum}).
 */
enum Behandelstap {
    GESPREK("gesprek"),
    VERSLAG("verslag"),
    AFSPRAAK("afspraak"),
    AFSPRAAK_GEDAAN("afspraak-gedaan"),
    UITKOMST("uitkomst"),
    ANDERE_JEUGDBESCHERMER("andere-jeugdbeschermer"),
    KJMN("kjmn"),
    UITSPRAAK("uitspraak"),
    INSTELLINGSREACTIE("instellingsreactie");

    final String naam;

    Behandelstap(String naam) {
        this.naam = naam;
    }
}

package nl.jeugdportaal.klacht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.klacht.formulier.Datum;
import nl.jeugdportaal.klacht.formulier.Keuze;
import nl.jeugdportaal.klacht.formulier.Naam;
import nl.jeugdportaal.klacht.formulier.Punten;
import nl.jeugdportaal.klacht.formulier.Vrijetekst;
import nl.jeugdportaal.klacht.regels.Klachtregels;
import nl.jeugdportaal.klacht.regels.Puntenfout;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import nl.jeugdportaal.web.Taal;

/**
 * Checks a klacht form with Bean Validation and says, next to each field, what to change: in the
 * page's language, "je" for a jeugdige and "u" for everyone else. The constraints decide what is
 * wrong; the sentence is chosen here, because it depends on who reads it. A field of a klachtonderdeel
 * is named after its part: {@code uitspraak-2}.
 */
@ApplicationScoped
class Formulierfouten {
    @Inject
    Validator validator;
    @Inject
    Klachttoegang toegang;

    /** The errors by field; empty when the form is fine. */
    Map<String, String> van(Record formulier, boolean je, Taal taal) {
        Map<String, String> fouten = new LinkedHashMap<>();
        for (ConstraintViolation<Record> fout : validator.validate(formulier)) {
            Veld veld = veld(fout.getPropertyPath());
            fouten.put(veld.naam(), zin(fout.getConstraintDescriptor().getAnnotation(), (String) fout.getInvalidValue(),
                    veld.nummer(), je, taal));
        }
        return fouten;
    }

    /** The message for a text that must be filled in and is not, where only the other fields make it required. */
    static String ontbreekt(boolean je, Taal taal) {
        return Tekstcontrole.fout(null, true, new Lezer(je, taal == Taal.EN));
    }

    private record Veld(String naam, int nummer) {
    }

    private static Veld veld(Path pad) {
        Iterator<Path.Node> knopen = pad.iterator();
        String naam = knopen.next().getName();
        while (knopen.hasNext()) {
            Integer index = knopen.next().getIndex();
            if (index != null) {
                return new Veld(naam + "-" + (index + 1), index + 1);
            }
        }
        return new Veld(naam, 0);
    }

    private String zin(Annotation regel, String waarde, int nummer, boolean je, Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        Lezer lezer = new Lezer(je, taal == Taal.EN);
        if (regel instanceof Keuze keuze) {
            return switch (keuze.fout()) {
                case ROUTE -> je ? t.kiesRouteJe() : t.kiesRouteU();
                case AARD -> je ? t.kiesAardJe() : t.kiesAardU();
                case ONDERSTEUNING -> je ? t.kiesOndersteuningJe() : t.kiesOndersteuningU();
                case KLOPT -> je ? t.kiesJaNee() : t.kiesJaNeeU();
                case UITKOMST -> t.kiesUitkomst();
                case WISSELBESLUIT -> t.kiesJaNee();
                case MIJLPAAL -> t.kiesMijlpaal();
                case UITSPRAAK -> t.kiesUitspraak(nummer);
            };
        }
        if (regel instanceof Datum) {
            return t.vulDatumIn(toegang.termijnen().vandaag().toString());
        }
        if (regel instanceof Naam && !Naam.Controle.kortGenoeg(waarde)) {
            return t.eigenaarTeLang();
        }
        String tekstfout = Tekstcontrole.fout(waarde, regel instanceof Punten || regel instanceof Naam
                || regel instanceof Vrijetekst v && v.verplicht(), lezer);
        return tekstfout != null ? tekstfout : puntenfout(Klachtregels.fout(Klachtregels.onderdelen(waarde)), je, t);
    }

    private static String puntenfout(Puntenfout fout, boolean je, KlachtTekst t) {
        return switch (fout.soort()) {
            case GEEN -> je ? t.geenPuntenJe() : t.geenPuntenU();
            case TE_VEEL -> t.teVeelPunten(fout.getal(), Klachtregels.MAX_ONDERDELEN);
            case TE_LANG -> t.puntTeLang(fout.getal(), Klachtregels.MAX_TEKENS_ONDERDEEL);
        };
    }
}

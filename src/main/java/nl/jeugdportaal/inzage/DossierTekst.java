package nl.jeugdportaal.inzage;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.jeugdportaal.registratie.MaatregelSoort;
import nl.jeugdportaal.registratie.StukSoort;

/**
 * Texts of the dossier page, and the names of the kinds of stukken and measures wherever the portal
 * shows them. The texts are in {@code messages/dossier_nl.properties} (the default) and
 * {@code dossier_en.properties}; Dutch-only documents (the kopie PDF) take them from the Dutch bundle.
 */
@MessageBundle(value = "dossier", locale = "nl")
public interface DossierTekst {
    @Message
    String titel(String naam);

    @Message
    String namensWerkt(String naam);

    @Message
    String namensAlleen();

    @Message
    String namensStoppen();

    @Message
    String introJe();

    @Message
    String introU();

    @Message
    String verzoekJe();

    @Message
    String verzoekU();

    @Message
    String klachtJe();

    @Message
    String klachtU();

    @Message
    String zoeken();

    @Message
    String zoekenLabel();

    @Message
    String soortStuk();

    @Message
    String alleSoorten();

    @Message
    String gevonden(long aantal);

    @Message
    String pagina(int pagina, int paginas);

    @Message
    String waarom();

    @Message
    String eigenVerklaringVan(String naam);

    @Message
    String eigenWoorden(String naam, String datum, String door);

    @Message
    String correctieVragen();

    /** Hidden for screen readers, before the stuk's title: "Vraag een correctie van ...". */
    @Message
    String correctieVan();

    @Message
    String verklaringSchrijven();

    /** Hidden for screen readers, before the stuk's title: "Schrijf een eigen verklaring bij ...". */
    @Message
    String verklaringBij();

    /** Before the reason a deel of a stuk is withheld (DOMAIN §2 rule 10). */
    @Message
    String deelAchtergehouden();

    @Message
    String paginas();

    @Message
    String vorige();

    @Message
    String volgende();

    @Message
    String afgeschermdVervolgJe();

    @Message
    String afgeschermdVervolgU();

    @Message
    String vragenJe();

    @Message
    String vragenU();

    @Message
    String datumOnleesbaar();

    @Message
    String eindeVoorBegin();

    /** The kind of a stuk, as a label ("Verslag van een gesprek"). */
    @Message
    String soort(StukSoort soort);

    /** The name of a measure as it appears inside a sentence ("ondertoezichtstelling (OTS)"). */
    @Message
    String maatregel(MaatregelSoort soort);

    @Message
    String vernietigdKop();

    /** Only how many and when, never what they said (a granted vernietiging). */
    @Message
    String vernietigd(long aantal, String datum);

    @Message
    String origineel();

    @Message
    String origineelVan();

    @Message
    String verborgenKopJe();

    @Message
    String verborgenKopU();

    /** "12 stukken kun je niet zien.": hidden stukken are counted per reason (DOMAIN §2 rule 9). */
    @Message
    String verborgenAantalJe(long aantal);

    @Message
    String verborgenAantalU(long aantal);

    @Message
    String opvragenJe();

    @Message
    String opvragenU();

    @Message
    String zwartgelakteKopieVragen();

    @Message
    String zwartgelakteKopieVan(String datum, String soort);

    /** For an ouder zonder gezag: the informatieverzoek of BW 1:377c. */
    @Message
    String informatieVragen();
}

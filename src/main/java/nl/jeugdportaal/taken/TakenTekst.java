package nl.jeugdportaal.taken;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the tasks on the start page and of the staff worklist ({@code messages/taken_nl/_en.properties}). */
@MessageBundle(value = "taken", locale = "nl")
public interface TakenTekst {
    @Message
    String kopU();

    @Message
    String kopJe();

    @Message
    String nietsU();

    @Message
    String nietsJe();

    @Message
    String berichtenU(int aantal);

    @Message
    String berichtenJe(int aantal);

    @Message
    String verslagU();

    @Message
    String verslagJe();

    @Message
    String termijn(String maatregel, String kind, String datum);

    @Message
    String evaluatie(String kind, String datum);

    @Message
    String verzoekVan(String soort, String aanvrager);

    @Message
    String klachtVan(String klager, String volgende);

    @Message
    String naarTaak();

    @Message
    String uiterlijk(String datum);

    @Message
    String teLaat();

    @Message
    String bijna();

    @Message
    String werklijstKop();

    @Message
    String werklijstUitleg();

    @Message
    String filterLabel();

    @Message
    String soortLabel();

    @Message
    String alles();

    @Message
    String verzoeken();

    @Message
    String klachten();

    @Message
    String alleenTeLaat();

    @Message
    String zoekLabel();

    @Message
    String tonen();

    @Message
    String aantal(int aantal);

    @Message
    String geenWerk();

    @Message
    String kolomWat();

    @Message
    String kolomDossier();

    @Message
    String kolomUiterlijk();

    @Message
    String kolomStand();
}

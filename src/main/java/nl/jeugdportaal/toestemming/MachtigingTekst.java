package nl.jeugdportaal.toestemming;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the machtiging page; the words it shares with the toestemming page are in
 * {@link ToestemmingTekst}. The texts are in {@code messages/machtiging_nl.properties} and
 * {@code machtiging_en.properties}; a text ending in U is for adults ("u"), in Je for jeugdigen ("je").
 */
@MessageBundle(value = "machtiging", locale = "nl")
public interface MachtigingTekst {
    @Message
    String titel();

    @Message
    String kop();

    @Message
    String introU();

    @Message
    String introJe();

    @Message
    String gegevenKopU();

    @Message
    String gegevenKopJe();

    /** Before the status: "Vanaf 3 februari 2026, tot en met 3 maart 2026. Status: geldig." */
    @Message
    String totEnMet();

    @Message
    String dossierVan(String kind);

    @Message
    String intrekkenLabel(String naam);

    @Message
    String geenGegevenU();

    @Message
    String geenGegevenJe();

    @Message
    String gevenKop();

    @Message
    String vertrouwenspersoon();

    @Message
    String kiesVertrouwenspersoon();

    @Message
    String totUitlegU();

    @Message
    String totUitlegJe();

    @Message
    String geven();

    @Message
    String nooitMeerU();

    @Message
    String nooitMeerJe();

    @Message
    String gekregenKopU();

    @Message
    String gekregenKopJe();

    @Message
    String gekregenUitlegU();

    @Message
    String gekregenUitlegJe();

    @Message
    String gekregenBijschriftU();

    @Message
    String gekregenBijschriftJe();

    @Message
    String geenGevenU();

    @Message
    String geenGevenJe();

    @Message
    String naarToestemming();

    // Texts built in MachtigingService.

    @Message
    String meldingGegeven();

    @Message
    String meldingIngetrokken();

    @Message
    String eigenNietU(String vertrouwenspersoon);

    @Message
    String eigenNietJe(String vertrouwenspersoon);

    @Message
    String kindNietU(String kind, String vertrouwenspersoon);

    @Message
    String kindNietJe(String kind, String vertrouwenspersoon);

    @Message
    String magEigenU(String vertrouwenspersoon);

    @Message
    String magEigenJe(String vertrouwenspersoon);

    @Message
    String magKind(String vertrouwenspersoon, String kind);

    @Message
    String iedereenJa(String vertrouwenspersoon, String kind);

    @Message
    String wachtOpToestemming(String vertrouwenspersoon, String kind);

    /** Where one asked person stands, after their name; keys {@code stand_GEGEVEN} and so on. */
    @Message
    String stand(Meekijkvragen.Stand stand);

    @Message
    String magNietGevenU();

    @Message
    String magNietGevenJe();

    @Message
    String kiesEenVertrouwenspersoon();

    @Message
    String geenVertrouwenspersoon();

    @Message
    String alGegevenU(String naam);

    @Message
    String alGegevenJe(String naam);

    @Message
    String geldtNietMeer();
}

package nl.jeugdportaal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the layout and the error pages. The texts themselves are in
 * {@code messages/algemeen_nl.properties} (the default) and {@code algemeen_en.properties}.
 */
@MessageBundle(value = "algemeen", locale = "nl")
public interface Algemeen {
    @Message
    String naarInhoud();

    @Message
    String menu();

    @Message
    String snelWeg();

    @Message
    String snelWegUitleg();

    @Message
    String hoofdmenu();

    @Message
    String menuOverzicht();

    @Message
    String menuInzagelog();

    @Message
    String menuToestemming();

    @Message
    String menuMachtiging();

    @Message
    String menuVerzoeken();

    @Message
    String menuKlacht();

    @Message
    String menuBerichten();

    @Message
    String menuBegrippen();

    @Message
    String menuUitloggen();







    @Message
    String voetPortaalVan();

    @Message
    String voetDemo();

    @Message
    String voetToegankelijkheidU();

    @Message
    String voetToegankelijkheidJe();

    @Message
    String terugNaarOverzicht();

    @Message
    String naarOverzicht();

    @Message
    String foutTitel();

    @Message
    String foutUitlegU();

    @Message
    String foutUitlegJe();

    @Message
    String foutBlijft();

    @Message
    String nietGevondenTitel();

    @Message
    String nietGevondenKop();

    @Message
    String nietGevondenUitleg();

    @Message
    String nietToegestaanTitel();

    @Message
    String nietToegestaanKop();

    @Message
    String nietToegestaanUitleg();

    @Message
    String verlopenTitel();

    @Message
    String verlopenKopU();

    @Message
    String verlopenKopJe();

    @Message
    String verlopenVeiligU();

    @Message
    String verlopenVeiligJe();

    @Message
    String verlopenWaarom();

    @Message
    String verlopenWatNu();

    @Message
    String teVaakTitel();

    @Message
    String teVaakKopU();

    @Message
    String teVaakKopJe();

    @Message
    String teVaakAantalU(int perUur);

    @Message
    String teVaakAantalJe(int perUur);

    @Message
    String teVaakNietVerstuurd();

    @Message
    String teVaakWatNuU();

    @Message
    String teVaakWatNuJe();

    @Message
    String opnieuwProberen();

    @Message
    String opnieuwInloggen();

    @Message
    String storingTitel();

    @Message
    String storingKop();

    @Message
    String storingUitlegU();

    @Message
    String storingUitlegJe();

    @Message
    String storingFormulierU();

    @Message
    String storingFormulierJe();

    @Message
    String storingDringendU();

    @Message
    String storingDringendJe();

    @Message
    String inloggenLuktNietKop();

    @Message
    String inloggenLuktNietUitleg();

    @Message
    String inloggenLuktNietAlIngelogd();

    @Message
    String inloggenLuktNietStraks();

    @Message
    String uitgelogdTitel();

    @Message
    String uitgelogdBijStoringKop();

    @Message
    String uitgelogdBijStoringUitleg();

    @Message
    String uitgelogdBijStoringSluit();
}

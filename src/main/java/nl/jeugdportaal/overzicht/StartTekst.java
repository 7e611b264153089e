package nl.jeugdportaal.overzicht;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the start page, its dossier cards and the page for a login we do not know. The texts are
 * in {@code messages/start_nl.properties} (the default) and {@code start_en.properties}.
 */
@MessageBundle(value = "start", locale = "nl")
public interface StartTekst {
    @Message
    String hoi(String voornaam);

    @Message
    String introJe();

    @Message
    String welkom(String naam);

    @Message
    String jouwDossier();

    @Message
    String uwDossier();

    @Message
    String uwKinderen();

    @Message
    String mensenDieUHelpt();

    @Message
    String machtigingUitleg();

    @Message
    String machtigingSinds(String naam, String sinds);

    @Message
    String dossierNamens(String kind, String client);

    @Message
    String meekijkenKop();

    @Message
    String toestemmingGeven();

    @Message
    String vertrouwenspersoonMachtigen();

    @Message
    String dossiersKop();

    @Message
    String geenDossiers();

    @Message
    String nietsJe();

    @Message
    String nietsU();

    @Message
    String kloptNiet();

    @Message
    String leeftijd(int jaren);

    @Message
    String bekijkDossier(String naam);

    @Message
    String bekijkPlan(String naam);

    @Message
    String wieIsWie();

    @Message
    String jouwJeugdbeschermer();

    @Message
    String uwJeugdbeschermer();

    @Message
    String telefoon();

    @Message
    String email();

    @Message
    String eigenDossierJe();

    @Message
    String eigenDossierU();

    @Message
    String ouderVolwassenKind(String kind);

    @Message
    String ouderMetGezag(String kind);

    @Message
    String ouderZonderGezag(String kind);

    @Message
    String voogdGeweest(String kind);

    @Message
    String voogd(String kind);

    @Message
    String vertegenwoordiger(String kind);

    @Message
    String pleegouder(String kind);

    /** A measure that lasts until the child turns 18. {@code naam} starts with a capital. */
    @Message
    String maatregelTot18(String naam, String sinds, String kind);

    @Message
    String maatregelGestopt(String naam, String van, String tot);

    @Message
    String maatregelTotEnMet(String naam, String sinds, String tot);

    @Message
    String onbekendTitel();

    @Message
    String onbekendKop();

    @Message
    String ingelogdAls();

    @Message
    String nietGevonden();

    @Message
    String onbekendUitleg();

    @Message
    String ingelogdMetDigid();

    @Message
    String teJongTitel();

    @Message
    String teJongKop(String voornaam);

    @Message
    String teJongUitleg(int vanaf);

    @Message
    String teJongHulp();
}

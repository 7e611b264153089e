package nl.jeugdportaal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.registratie.Gebeurtenissen;
import nl.jeugdportaal.tijd.regels.Tijdzone;
import nl.jeugdportaal.web.regels.Tekens;

/** Checks and keeps what a parent or the jeugdige writes; one place for every form that takes text. */
@ApplicationScoped
public class Inbrengen {
    @Inject
    Audit audit;
    @Inject
    Gebeurtenissen gebeurtenissen;
    @Inject
    Clock clock;

    /** Saves the text, or returns the message to show next to the field and saves nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String voegToe(Gezinstoegang.Toegang toegang, Inbreng.Onderwerp onderwerp, String tekst,
            PlanTekst meldingen) {
        String schoon = tekst == null ? "" : tekst.strip();
        if (schoon.isEmpty()) {
            return toegang.jeVorm() ? meldingen.inbrengLeegJe() : meldingen.inbrengLeegU();
        }
        if (Tekens.heeftRichtingteken(schoon)) {
            return toegang.jeVorm() ? meldingen.inbrengRichtingJe() : meldingen.inbrengRichtingU();
        }
        if (schoon.length() > Inbreng.MAX_LENGTE) {
            return toegang.jeVorm() ? meldingen.inbrengTeLangJe(schoon.length(), Inbreng.MAX_LENGTE)
                    : meldingen.inbrengTeLangU(schoon.length(), Inbreng.MAX_LENGTE);
        }
        Inbreng inbreng = new Inbreng();
        inbreng.dossier = toegang.dossier();
        inbreng.persoon = toegang.kijker().persoon();
        inbreng.onderwerp = onderwerp;
        inbreng.tekst = schoon;
        inbreng.geschreven = clock.instant();
        inbreng.persist();
        audit.schrijf(toegang.actor(), new Audit.Gebeurtenis(Actie.INBRENG_GEGEVEN, Uitkomst.GEWIJZIGD,
                toegang.dossier().id, null, null, onderwerp.name(), List.of(toegang.dossier().kind.id)));
        gebeurtenissen.meld(onderwerp == Inbreng.Onderwerp.JBT ? Gebeurtenissen.Soort.JBT_INBRENG : Gebeurtenissen.Soort.MENING_PLAN,
                toegang.dossier().kind.id, inbreng.persoon.id, "/api/plannen/" + toegang.dossier().kind.id);
        return null;
    }

    static List<Planweergave.Inbrengregel> regels(List<Inbreng> inbreng, Teksten teksten) {
        return inbreng.stream().map(i -> new Planweergave.Inbrengregel(i.persoon.naam(), teksten.onderwerp(i.onderwerp),
                teksten.datum(LocalDate.ofInstant(i.geschreven, Tijdzone.NEDERLAND)), i.tekst)).toList();
    }
}

package nl.jeugdportaal.rechten;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.verzoek.Meldingen;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Tweetalig;

/**
 * Questions to the FG from the portal (DOMAIN §3: every refusal names the FG, "whom a client can
 * contact from the portal"). Anyone logged in may ask; only the FG reads and answers every question.
 * The answer comes back as a message in the portal, as for a request.
 */
@ApplicationScoped
public class FgService {
    @Inject
    Meldingen meldingen;
    @Inject
    Clock clock;

    public record Vraag(Long id, String vraagsteller, LocalDate gesteld, String vraag, String antwoord,
            LocalDate beantwoord, String door) {
    }

    public record Pagina(boolean fg, boolean jeVorm, List<Vraag> vragen, String tekst, String fout, Long foutBij) {
    }

    @Transactional
    public Pagina pagina(Kijker kijker, String tekst, String fout, Long foutBij) {
        boolean fg = isFg(kijker);
        List<FgVraag> vragen = fg ? FgVraag.alle() : FgVraag.van(kijker.persoon());
        return new Pagina(fg, jeVorm(kijker), vragen.stream().map(this::weergave).toList(), tekst, fout, foutBij);
    }

    /** The error next to the field, or empty when the question is stored. */
    @Transactional
    public Optional<String> vraag(Kijker kijker, String tekst, Taal taal) {
        String fout = Tekstcontrole.fout(tekst, true, new Lezer(jeVorm(kijker), taal == Taal.EN));
        if (fout != null) {
            return Optional.of(fout);
        }
        FgVraag v = new FgVraag();
        v.vraagsteller = kijker.persoon();
        v.vraag = tekst.strip();
        v.gesteldOp = clock.instant();
        v.persist();
        return Optional.empty();
    }

    /**
     * The FG answers one question. Empty optional: not the FG, or no open question with this id (both
     * the same, so an id reveals nothing); else the error, or an empty string when sent.
     */
    @Transactional
    public Optional<String> antwoord(Kijker kijker, Long id, String tekst, Taal taal) {
        Optional<FgVraag> gevonden = Optional.ofNullable(id).filter(i -> isFg(kijker))
                .flatMap(i -> FgVraag.<FgVraag>findByIdOptional(i)).filter(v -> v.antwoord == null);
        if (gevonden.isEmpty()) {
            return Optional.empty();
        }
        String fout = Tekstcontrole.fout(tekst, true, new Lezer(false, taal == Taal.EN));
        if (fout != null) {
            return Optional.of(fout);
        }
        FgVraag v = gevonden.get();
        v.antwoord = tekst.strip();
        v.beantwoordOp = clock.instant();
        v.beantwoordDoor = kijker.persoon();
        Persoon wie = v.vraagsteller;
        meldingen.gewijzigd(wie, wie, "uw vraag aan de FG", "/fg",
                Tweetalig.van(t -> t.bundel(RechtenTekst.class).fgOnderwerpAntwoord()),
                Tweetalig.van(t -> t.bundel(RechtenTekst.class).fgAntwoordKlaar()));
        return Optional.of("");
    }

    private Vraag weergave(FgVraag v) {
        return new Vraag(v.id, v.vraagsteller.naam(), dag(v.gesteldOp), v.vraag, v.antwoord,
                v.beantwoordOp == null ? null : dag(v.beantwoordOp), v.beantwoordDoor == null ? null : v.beantwoordDoor.naam());
    }

    private LocalDate dag(java.time.Instant tijdstip) {
        return LocalDate.ofInstant(tijdstip, clock.getZone());
    }

    private static boolean isFg(Kijker kijker) {
        return kijker.namens() == null && kijker.heeft(Rol.FG);
    }

    private boolean jeVorm(Kijker kijker) {
        return !kijker.isMedewerker() && kijker.persoon().leeftijdOp(LocalDate.now(clock)) < 18;
    }
}

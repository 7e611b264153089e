package nl.jeugdportaal.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.web.Taal;

/** The planned jeugdbeschermingstafel of a family and the parents' own input for it. */
@ApplicationScoped
public class JbtService {
    static final String PAGINA = "jbt";

    @Inject
    Gezinstoegang toegang;
    @Inject
    Inbrengen inbrengen;

    public record Antwoord(Jbtweergave weergave, String fout) {
    }

    @Transactional
    public Optional<Jbtweergave> weergave(Kijker kijker, Long kindId, Taal taal) {
        Teksten teksten = Teksten.in(taal);
        return toegang.voor(kijker, kindId, PAGINA).map(t -> bouw(t, teksten));
    }

    /** Input is only taken while a JBT is planned: there is nothing to prepare otherwise. */
    @Transactional
    public Optional<Antwoord> geefInbreng(Kijker kijker, Long kindId, String tekst, Taal taal) {
        Teksten teksten = Teksten.in(taal);
        return toegang.voor(kijker, kindId, PAGINA).filter(Gezinstoegang.Toegang::magInbrengen)
                .filter(t -> Jeugdbeschermingstafel.volgende(t.dossier(), t.vandaag()).isPresent())
                .map(t -> {
                    String fout = inbrengen.voegToe(t, Inbreng.Onderwerp.JBT, tekst, teksten.plan());
                    return new Antwoord(fout == null ? null : bouw(t, teksten), fout);
                });
    }

    private static Jbtweergave bouw(Gezinstoegang.Toegang t, Teksten teksten) {
        JbtTekst tekst = teksten.jbt();
        Optional<Jeugdbeschermingstafel> jbt = Jeugdbeschermingstafel.volgende(t.dossier(), t.vandaag());
        List<Planweergave.Inbrengregel> inbreng = Inbrengen.regels(Inbreng.van(t.dossier(), List.of(Inbreng.Onderwerp.JBT)),
                teksten);
        String kindNaam = t.dossier().kind.naam();
        if (jbt.isEmpty()) {
            return new Jbtweergave(t.dossier().kind.id, kindNaam, t.jeVorm(), false, false, null, null, null, null,
                    null, List.of(), List.of(), inbreng);
        }
        Jeugdbeschermingstafel j = jbt.get();
        return new Jbtweergave(t.dossier().kind.id, kindNaam, t.jeVorm(), t.magInbrengen(), true,
                teksten.datum(j.moment.toLocalDate()),
                DateTimeFormatter.ofPattern(tekst.tijdnotatie()).format(j.moment), j.plaats, j.organisator, j.vraag,
                j.genodigden.stream().map(g -> new Jbtweergave.Genodigde(g.naam, g.rol)).toList(),
                j.stukken.stream().map(s -> new Jbtweergave.Stuk(s.titel,
                        s.verstuurd == null ? tekst.nietVerstuurd() : tekst.verstuurdOp(teksten.datum(s.verstuurd))))
                        .toList(),
                inbreng);
    }
}

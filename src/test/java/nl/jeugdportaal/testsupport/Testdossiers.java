package nl.jeugdportaal.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.IntPredicate;
import nl.jeugdportaal.inzage.regels.Relatiesoort;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukSoort;

/** Builds extra children with a dossier of any size, through Panache, for tests that need volume. */
@ApplicationScoped
public class Testdossiers {

    /**
     * A child of 10 with two parents (the mother with gezag) and a dossier of {@code aantal} stukken,
     * one per day back from today. Stuk i is about the child and the mother, and also about the
     * father when {@code metVader} says so for i.
     *
     * @return the child's id, the id the dossier page is opened with
     */
    @Transactional
    public Long maak(String bsnBasis, int aantal, IntPredicate metVader) {
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Persoon kind = persoon(bsnBasis + "1", "Testkind", vandaag.minusYears(10));
        Persoon moeder = persoon(bsnBasis + "2", "Testmoeder", vandaag.minusYears(40));
        Persoon vader = persoon(bsnBasis + "3", "Testvader", vandaag.minusYears(42));
        Persoon jeugdbeschermer = persoon(bsnBasis + "4", "Testjeugdbeschermer", vandaag.minusYears(35));
        relatie(moeder, kind, true);
        relatie(vader, kind, false);

        Dossier dossier = new Dossier();
        dossier.kind = kind;
        dossier.jeugdbeschermer = jeugdbeschermer;
        dossier.geopend = vandaag.minusDays(aantal);
        dossier.persist();
        StukSoort[] soorten = StukSoort.values();
        for (int i = 0; i < aantal; i++) {
            Stuk stuk = new Stuk();
            stuk.dossier = dossier;
            stuk.datum = vandaag.minusDays(i);
            stuk.soort = soorten[i % soorten.length];
            stuk.auteur = jeugdbeschermer.naam();
            stuk.titel = "Teststuk " + i;
            stuk.tekst = "Eerste alinea van teststuk " + i + ".\n\nTweede alinea.";
            stuk.afgeschermd = i % 17 == 0;
            stuk.over.addAll(metVader.test(i) ? List.of(kind, moeder, vader) : List.of(kind, moeder));
            stuk.persist();
        }
        return kind.id;
    }

    public static Persoon persoon(String bsn, String voornaam, LocalDate geboren) {
        Persoon p = new Persoon();
        p.bsn = bsn;
        p.voornaam = voornaam;
        p.achternaam = "Volume";
        p.geboortedatum = geboren;
        p.persist();
        return p;
    }

    private static void relatie(Persoon ouder, Persoon kind, boolean gezag) {
        Relatie r = new Relatie();
        r.persoon = ouder;
        r.kind = kind;
        r.soort = Relatiesoort.OUDER;
        r.gezag = gezag;
        r.vanaf = kind.geboortedatum;
        r.persist();
    }
}

package nl.jeugdportaal.demo;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdportaal.bronsysteem.Dossierregistraties;
import nl.jeugdportaal.bronsysteem.Registraties;
import nl.jeugdportaal.bronsysteem.Vormen;
import nl.jeugdportaal.inzage.regels.Relatiesoort;
import nl.jeugdportaal.registratie.*;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.Toestemming;
import org.junit.jupiter.api.Test;

/** The demo families must cover every case of DOMAIN.md §2, whatever day the demo starts. */
@QuarkusTest
class DemoGegevensTest {
    @Inject
    Clock clock;
    @Inject
    DemoGegevens demo;
    @Inject
    EntityManager em;
    @Inject
    Registraties registraties;
    @Inject
    Dossierregistraties dossiers;

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    private Persoon persoon(String voornaam) {
        return Persoon.<Persoon>find("voornaam", voornaam).singleResult();
    }

    @Test
    @Transactional
    void leeftijdenPassenBijDeGevallenVanDeInzageregels() {
        assertTrue(persoon("Noor").leeftijdOp(vandaag()) < 12);
        assertEquals(14, persoon("Daan").leeftijdOp(vandaag()));
        assertEquals(16, persoon("Elif").leeftijdOp(vandaag()));
        assertEquals(15, persoon("Sem").leeftijdOp(vandaag()));
        assertEquals(19, persoon("Lars").leeftijdOp(vandaag()));
        assertEquals(13, persoon("Yasmina").leeftijdOp(vandaag()));
    }

    @Test
    @Transactional
    void relatiesDekkenGezagGeenGezagVoogdEnVertegenwoordiger() {
        List<Relatie> vanNoor = Relatie.list("kind", persoon("Noor"));
        assertEquals(2, vanNoor.size());
        assertEquals(1, vanNoor.stream().filter(r -> r.gezag).count(), "een ouder met en een zonder gezag");
        assertEquals(Relatiesoort.VOOGD, Relatie.<Relatie>find("kind", persoon("Yasmina")).singleResult().soort);
        assertTrue(Relatie.<Relatie>list("kind", persoon("Lars")).stream()
                .anyMatch(r -> r.soort == Relatiesoort.VERTEGENWOORDIGER));
        assertEquals(2, Wilsonbekwaamheid.count());
    }

    @Test
    @Transactional
    void elifGafEenOuderToestemmingEnDeVertrouwenspersoonHeeftEenMachtiging() {
        Toestemming toestemming = Toestemming.<Toestemming>find("gever", persoon("Elif")).singleResult();
        assertEquals("Ayşe", toestemming.ontvanger.voornaam);
        Machtiging machtiging = Machtiging.<Machtiging>find("vertrouwenspersoon", persoon("Femke")).singleResult();
        assertTrue(machtiging.geldigOp(vandaag()));
    }

    @Test
    @Transactional
    void elkDossierHeeftEenMaatregelEnMinstensTwintigStukken() {
        List<Dossier> dossiers = Dossier.listAll();
        assertEquals(6, dossiers.size());
        for (Dossier dossier : dossiers) {
            assertFalse(dossier.maatregelen.isEmpty(), dossier.kind.naam());
            long stukken = Stuk.count("dossier", dossier);
            assertTrue(stukken >= 20, dossier.kind.naam() + " heeft maar " + stukken + " stukken");
            assertTrue(Stuk.count("dossier = ?1 and datum > ?2", dossier, vandaag()) == 0, "geen stukken in de toekomst");
        }
        assertTrue(Stuk.count("afgeschermd", true) >= 6, "elk gezin heeft afgeschermde stukken");
    }

    /** Two teams, so a leidinggevende's view of only her own team's cases shows in the demo. */
    @Test
    @Transactional
    void elkeJeugdbeschermerZitInEenTeamMetEenLeidinggevende() {
        assertEquals(2, Team.count());
        assertEquals("Karin", persoon("Joost").team.leidinggevende.voornaam);
        assertEquals("Mirjam", persoon("Aisha").team.leidinggevende.voornaam);
        for (Dossier dossier : Dossier.<Dossier>listAll()) {
            assertTrue(dossier.leidinggevende().isPresent(), dossier.kind.naam() + " heeft een leidinggevende");
        }
    }

    /** One way in (issue 12): the demo came through the registratie API's code, so the API knows it by its own ids. */
    @Test
    @Transactional
    void deGezinnenKwamenBinnenDoorDeRegistratieApi() {
        Vormen.Dossier noor = (Vormen.Dossier) dossiers.dossier("D-noor").orElseThrow().vorm();
        assertEquals(List.of("noor", "joost"), List.of(noor.kind(), noor.jeugdbeschermer()));
        assertEquals("691400507", ((Vormen.Persoon) registraties.persoon("noor").orElseThrow().vorm()).bsn());
        for (Relatie relatie : Relatie.<Relatie>listAll()) {
            assertNotNull(relatie.persoon.bronId, relatie.persoon.naam() + " heeft geen id van het bronsysteem");
            assertNotNull(relatie.kind.bronId, relatie.kind.naam() + " heeft geen id van het bronsysteem");
        }
        for (Dossier dossier : Dossier.<Dossier>listAll()) {
            assertNotNull(dossier.bronId, dossier.kind.naam());
            assertNotNull(dossier.jeugdbeschermer.bronId, dossier.jeugdbeschermer.naam());
            assertTrue(Stuk.count("dossier = ?1 and bronId is null", dossier) == 0, "elk stuk van " + dossier.kind.naam());
        }
    }

    @Test
    void nogmaalsLadenVoegtNietsToe() {
        long personen = Persoon.count();
        long stukken = Stuk.count();
        demo.laadAlsLeeg();
        assertEquals(personen, Persoon.count());
        assertEquals(stukken, Stuk.count());
    }
}

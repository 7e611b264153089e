package nl.jeugdportaal.inzage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.testsupport.Antwoorden;
import nl.jeugdportaal.testsupport.Demofeiten;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Sessies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No way around the rules by typing an address: another family's child, an id that does not
 * exist, a client who gave no machtiging, someone else's access log. Each answer is the same plain
 * "not found" page, so it does not even tell whether the child exists, and names nobody.
 */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class DossierZonderOmwegTest {

    @Inject
    Demofeiten feiten;

    private static final Sessies SESSIES = new Sessies();

    /** Every login of the inzage table with the dossiers it can open. */
    record Kijker(String login, String namens, Set<String> opent) {
        @Override
        public String toString() {
            return login + (namens == null ? "" : " namens " + namens);
        }
    }

    static Stream<Kijker> kijkers() {
        List<Kijker> kijkers = new ArrayList<>();
        for (DossierInzagePerRolTest.Inzage rij : DossierInzagePerRolTest.TABEL) {
            Kijker al = kijkers.stream().filter(k -> k.login().equals(rij.login())).findFirst().orElse(null);
            if (al == null) {
                al = new Kijker(rij.login(), rij.namens(), new LinkedHashSet<>());
                kijkers.add(al);
            }
            al.opent().add(rij.dossier());
        }
        return kijkers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kijkers")
    void dossiersVanAndereGezinnenBestaanNiet(Kijker kijker) {
        String namens = kijker.namens() == null ? "" : "?namens=" + feiten.id(kijker.namens());
        for (String kind : feiten.dossierkinderen()) {
            if (!kijker.opent().contains(kind)) {
                Antwoorden.assertNietGevondenZonder(
                        SESSIES.van(kijker.login()).open("/dossier/" + feiten.id(kind) + namens), geheimenVan(kind));
            }
        }
    }

    @Test
    void onbestaandeEnOnleesbareIdsGevenDezelfdeNietGevondenPagina() {
        List<String> paden = List.of("/dossier/999999999", "/dossier/0", "/dossier/-1", "/dossier/abc",
                "/dossier/1.5", "/dossier/1e3", "/dossier/99999999999999999999", "/dossier/%27%20or%201=1--",
                // a person who exists but has no dossier: Sanne herself
                "/dossier/" + feiten.id("sanne"));
        for (String login : List.of("sanne", "daan", "joost")) {
            for (String pad : paden) {
                Antwoorden.assertNietGevondenZonder(SESSIES.van(login).open(pad), List.of());
            }
        }
    }

    @Test
    void namensZonderMachtigingGeeftNiets() {
        // Femke has a machtiging from Sanne only. Naming Ayşe gets her nothing, not even Noor's dossier
        // that she may open for Sanne: the machtiging named in the request must be the one that counts.
        Antwoorden.assertNietGevondenZonder(SESSIES.van("femke").open(
                "/dossier/" + feiten.id("elif") + "?namens=" + feiten.id("ayse")), geheimenVan("elif"));
        Antwoorden.assertNietGevondenZonder(SESSIES.van("femke").open(
                "/dossier/" + feiten.id("noor") + "?namens=" + feiten.id("ayse")), geheimenVan("noor"));
        Antwoorden.assertNietGevondenZonder(SESSIES.van("femke").open(
                "/dossier/" + feiten.id("noor") + "?namens=" + feiten.id("noor")), geheimenVan("noor"));
        // Only a vertrouwenspersoon acts for someone: Daan cannot act for his mother, not even in his own dossier.
        Antwoorden.assertNietGevondenZonder(SESSIES.van("daan").open(
                "/dossier/" + feiten.id("daan") + "?namens=" + feiten.id("linda")), geheimenVan("daan"));
        Antwoorden.assertNietGevondenZonder(SESSIES.van("mark").open(
                "/dossier/" + feiten.id("noor") + "?namens=" + feiten.id("sanne")), geheimenVan("noor"));
    }

    @Test
    void hetInzagelogVanEenAnderBestaatNiet() {
        record Poging(String login, String over) {
        }
        for (Poging p : List.of(
                new Poging("sanne", "daan"),   // another family's child
                new Poging("daan", "linda"),   // his mother's log is hers
                new Poging("linda", "erik"),   // nor is the other parent's
                new Poging("murat", "elif"),   // Elif (16) gave him no toestemming
                new Poging("ingrid", "lars"))) { // gezag ended at 18
            Antwoorden.assertNietGevondenZonder(
                    SESSIES.van(p.login()).open("/inzagelog?over=" + feiten.id(p.over())),
                    List.of(feiten.naam(p.over())));
        }
    }

    /** What a refusal must not give away about a child: the name and the title of any stuk. */
    private List<String> geheimenVan(String kind) {
        List<String> geheimen = new ArrayList<>();
        geheimen.add(feiten.naam(kind));
        geheimen.add(feiten.naam(kind).split(" ")[0]);
        feiten.stukken(kind).forEach(s -> geheimen.add(s.titel()));
        return geheimen;
    }
}

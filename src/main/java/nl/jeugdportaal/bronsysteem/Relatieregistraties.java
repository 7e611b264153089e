package nl.jeugdportaal.bronsysteem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.jeugdportaal.bronsysteem.regels.Fout;
import nl.jeugdportaal.bronsysteem.regels.Registratieregels;
import nl.jeugdportaal.inzage.regels.Relatiesoort;
import nl.jeugdportaal.registratie.Persoon.Bronsoort;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.Relatie;
import nl.jeugdportaal.registratie.Wilsonbekwaamheid;

/**
 * The relations between persons (ouder, voogd, vertegenwoordiger, with or without gezag) and the
 * wilsonbekwaamheden the bronsysteem registers, by the same steps as {@link Registraties}.
 */
@ApplicationScoped
public class Relatieregistraties {
    @Inject
    Registraties registraties;

    @Transactional
    public Optional<Registraties.Antwoord> relatie(String id) {
        return registraties.lees(relatieSoort(id));
    }

    @Transactional
    public Registraties.Antwoord zetRelatie(String id, Vormen.Relatie v, String ifMatch, String client) {
        Registraties.ongeldigAls(Registratieregels.eindeNaBegin("tot", v.vanaf(), v.tot()).stream().toList());
        return registraties.zet("relaties", id, ifMatch, v, client, relatieSoort(id));
    }

    private Registraties.Soort<Relatie, Vormen.Relatie> relatieSoort(String id) {
        return new Registraties.Soort<>() {
            public Relatie zoek() {
                return Relatie.<Relatie>find("bronId", id).firstResult();
            }

            public Vormen.Relatie alsVorm(Relatie r) {
                return new Vormen.Relatie(r.soort.name().toLowerCase(Locale.ROOT), r.persoon.bronId, r.kind.bronId, r.gezag, r.vanaf, r.tot);
            }

            public Relatie schrijf(Relatie r, Vormen.Relatie v) {
                List<Fout> onbekend = new ArrayList<>();
                Persoon persoon = Registraties.bron(Bronsoort.PERSOON, v.persoon());
                Persoon kind = Registraties.bron(Bronsoort.PERSOON, v.kind());
                Registraties.onbekendAls(persoon, "persoon", v.persoon(), onbekend);
                Registraties.onbekendAls(kind, "kind", v.kind(), onbekend);
                if (!onbekend.isEmpty()) {
                    throw Probleem.onbekendeVerwijzing(onbekend);
                }
                List<Fout> fouten = new ArrayList<>();
                if (persoon == kind) {
                    fouten.add(new Fout("kind", "Een persoon kan geen relatie met zichzelf hebben."));
                }
                Registratieregels.gezagAlleenMeerderjarig(v.gezag(), persoon.geboortedatum, v.vanaf()).ifPresent(fouten::add);
                Registraties.ongeldigAls(fouten);
                r = r != null ? r : new Relatie();
                r.bronId = id;
                r.soort = Relatiesoort.valueOf(v.soort().toUpperCase(Locale.ROOT));
                r.persoon = persoon;
                r.kind = kind;
                r.gezag = v.gezag();
                r.vanaf = v.vanaf();
                r.tot = v.tot();
                return r;
            }

            public Registraties.Betreft betreft(Relatie r) {
                return new Registraties.Betreft(null, null, List.of(r.persoon.id, r.kind.id));
            }
        };
    }

    @Transactional
    public Optional<Registraties.Antwoord> wilsonbekwaamheid(String id) {
        return registraties.lees(wilsonbekwaamheidSoort(id));
    }

    @Transactional
    public Registraties.Antwoord zetWilsonbekwaamheid(String id, Vormen.Wilsonbekwaamheid v, String ifMatch, String client) {
        Registraties.ongeldigAls(Registratieregels.eindeNaBegin("tot", v.vanaf(), v.tot()).stream().toList());
        return registraties.zet("wilsonbekwaamheden", id, ifMatch, v, client, wilsonbekwaamheidSoort(id));
    }

    private Registraties.Soort<Wilsonbekwaamheid, Vormen.Wilsonbekwaamheid> wilsonbekwaamheidSoort(String id) {
        return new Registraties.Soort<>() {
            public Wilsonbekwaamheid zoek() {
                return Wilsonbekwaamheid.<Wilsonbekwaamheid>find("bronId", id).firstResult();
            }

            public Vormen.Wilsonbekwaamheid alsVorm(Wilsonbekwaamheid w) {
                return new Vormen.Wilsonbekwaamheid(w.persoon.bronId, w.vanaf, w.tot, w.toelichting);
            }

            public Wilsonbekwaamheid schrijf(Wilsonbekwaamheid w, Vormen.Wilsonbekwaamheid v) {
                Persoon persoon = Registraties.verwijzing(Registraties.bron(Bronsoort.PERSOON, v.persoon()), "persoon", v.persoon(), "persoon");
                w = w != null ? w : new Wilsonbekwaamheid();
                w.bronId = id;
                w.persoon = persoon;
                w.vanaf = v.vanaf();
                w.tot = v.tot();
                w.toelichting = v.toelichting();
                return w;
            }

            public Registraties.Betreft betreft(Wilsonbekwaamheid w) {
                return new Registraties.Betreft(null, null, List.of(w.persoon.id));
            }
        };
    }
}

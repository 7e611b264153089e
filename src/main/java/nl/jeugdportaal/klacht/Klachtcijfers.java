package nl.jeugdportaal.klacht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.jeugdportaal.klacht.Klachtweergaven.Cijfers;
import nl.jeugdportaal.klacht.Klachtweergaven.Rij;
import nl.jeugdportaal.klacht.Klachtweergaven.Tabel;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.verzoek.regels.Stand;
import nl.jeugdportaal.web.Taal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Leren van klachten: the figures of the last twelve months in the shape of seed 002's tables,
 * counted from the complaints themselves, with a bar chart and a CSV export of the same numbers.
 */
@ApplicationScoped
public class Klachtcijfers {
    @Inject
    Clock clock;

    @Transactional
    public Cijfers cijfers(Taal taal) {
        KlachtTekst t = taal.bundel(KlachtTekst.class);
        LocalDate tot = new Klachttermijnen(clock).vandaag();
        LocalDate van = tot.minusYears(1).plusDays(1);
        List<Klacht> klachten = Klacht.ingediendTussen(van, tot);
        List<Klachtonderdeel> onderdelen = klachten.stream().flatMap(k -> k.onderdelen.stream()).toList();
        List<Klachtgesprek> gesprekken = Klachtgesprek.<Klachtgesprek>list("klacht.ingediend between ?1 and ?2", van, tot);
        List<Tabel> tabellen = List.of(
                tabel("maatregel", t.tabelMaatregel(), Maatregelsoort.values(), t::maatregelsoort, klachten, k -> k.maatregel),
                tabel("klager", t.tabelKlager(), Klagersoort.values(), t::klagersoort, klachten, k -> k.klagerSoort),
                tabel("ondersteuning", t.tabelOndersteuning(), Ondersteuning.values(), t::ondersteuning, klachten, k -> k.ondersteuning),
                tabel("aard", t.tabelAard(), Aard.values(), t::aard, klachten, k -> k.aard),
                tabel("gesprek", t.tabelGesprek(), Gespreksuitkomst.values(), t::gespreksuitkomst, gesprekken, g -> g.uitkomst),
                tabel("uitspraak", t.tabelUitspraak(), Uitspraak.values(), t::uitspraak, onderdelen, o -> o.uitspraak));
        List<Klachtgesprek> metVerslag = gesprekken.stream().filter(g -> g.verslagOp != null).toList();
        return new Cijfers(van, tot, klachten.size(), klachten.stream().filter(k -> k.andereJeugdbeschermer).count(),
                metVerslag.size(), metVerslag.stream().filter(g -> Klachttermijnen.opTijd(g.verslagOp, g.verslagUiterlijk())).count(),
                tabellen, Staafgrafiek.van("grafiek-aard", t.grafiekKop(), tabellen.get(3).rijen()));
    }

    private static <E, T> Tabel tabel(String id, String titel, E[] soorten, Function<E, String> label, List<T> lijst,
            Function<T, E> soort) {
        List<Rij> rijen = Arrays.stream(soorten)
                .map(s -> new Rij(label.apply(s), lijst.stream().filter(t -> s.equals(soort.apply(t))).count())).toList();
        return new Tabel(id, titel, rijen, lijst.stream().map(soort).filter(Objects::nonNull).count());
    }

    /** Fixed words and numbers: quoted only where the format needs it. */
    private static final CSVFormat VAST = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n").build();
    /** A table's title and a row's label: always quoted, so a spreadsheet takes them as text. */
    private static final CSVFormat TEKST = VAST.builder().setQuoteMode(QuoteMode.ALL).build();

    /**
     * The same numbers as the page, in the same language, one line per table row; a semicolon, as
     * Dutch spreadsheets expect.
     */
    public String csv(Cijfers c, Taal taal) {
        KlachtTekst tekst = taal.bundel(KlachtTekst.class);
        StringBuilder uit = new StringBuilder();
        // The bundle holds the header as the line it is; written as one field it would be quoted.
        regel(uit, (Object[]) tekst.csvKop().split(";"));
        for (Tabel t : c.tabellen()) {
            t.rijen().forEach(r -> regel(uit, new Tekstveld(t.titel()), new Tekstveld(r.label()), r.aantal()));
            regel(uit, new Tekstveld(t.titel()), tekst.totaal(), t.totaal());
        }
        regel(uit, tekst.csvAndere(), tekst.kolomAantal(), c.andereJeugdbeschermer());
        regel(uit, tekst.csvVerslagen(), tekst.stand(Stand.OP_TIJD), c.verslagenOpTijd());
        regel(uit, tekst.csvVerslagen(), tekst.csvTeLaat(), c.verslagen() - c.verslagenOpTijd());
        return uit.toString();
    }

    /** A text from the tables, written with {@link #TEKST}. */
    private record Tekstveld(String tekst) {
        /** A leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
        String veilig() {
            return tekst.matches("^[=+\\-@].*") ? "'" + tekst : tekst;
        }
    }

    private static void regel(StringBuilder uit, Object... velden) {
        try {
            for (int i = 0; i < velden.length; i++) {
                if (velden[i] instanceof Tekstveld t) {
                    TEKST.print(t.veilig(), uit, i == 0);
                } else {
                    VAST.print(velden[i], uit, i == 0);
                }
            }
            VAST.println(uit);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
    }
}

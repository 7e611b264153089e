package nl.jeugdportaal.bronsysteem.regels;

/** One bad field of a call: its JSON path ({@code over[1]}, {@code delen[0].tekst}) and a Dutch sentence. */
public record Fout(String veld, String melding) {
}

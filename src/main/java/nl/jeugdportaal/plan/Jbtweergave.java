package nl.jeugdportaal.plan;

import java.util.List;

/** A planned jeugdbeschermingstafel as the family sees it. */
public record Jbtweergave(
        Long kindId,
        String kindNaam,
        boolean jeVorm,
        boolean magInbrengen,
        boolean gepland,
        String datum,
        String tijd,
        String plaats,
        String organisator,
        String vraag,
        List<Genodigde> genodigden,
        List<Stuk> stukken,
        List<Planweergave.Inbrengregel> inbreng) {

    public record Genodigde(String naam, String rol) {
    }

    public record Stuk(String titel, String verstuurd) {
    }
}

package nl.jeugdportaal.bronsysteem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.jeugdportaal.bronsysteem.regels.Bsn;
import nl.jeugdportaal.bronsysteem.regels.Fout;

/**
 * Reads a body of the registratie API into its {@link Vormen} record and names every bad field at
 * once: Jackson alone stops at the first. The record's components and their {@link Veld} say what
 * is allowed, so the contract's shapes live in one place.
 */
final class Vormcontrole {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final String ID_MELDING = "Een id heeft 1 tot 64 tekens: letters, cijfers, punt, liggend streepje, dubbele punt of streepje.";
    private static final Pattern DATUM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int EERSTE_JAAR = 1900;
    private static final int LAATSTE_JAAR = 2100;

    private Vormcontrole() {
    }

    static <T> T lees(ObjectMapper json, byte[] body, Class<T> vorm) {
        if (body == null || body.length == 0) {
            throw Probleem.ongeldig(List.of(new Fout("$", "De body is leeg. Stuur het object als JSON.")));
        }
        JsonNode boom;
        try {
            boom = json.readTree(body);
        } catch (JsonProcessingException e) {
            var plek = e.getLocation();
            throw Probleem.ongeldig(List.of(new Fout("$", "De body is geen geldige JSON"
                    + (plek == null ? "." : " (regel " + plek.getLineNr() + ", teken " + plek.getColumnNr() + ")."))));
        } catch (java.io.IOException e) {
            throw Probleem.ongeldig(List.of(new Fout("$", "De body kon niet worden gelezen.")));
        }
        List<Fout> fouten = new ArrayList<>();
        Object waarde = object(boom, vorm, "", fouten);
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig(fouten);
        }
        return vorm.cast(waarde);
    }

    private static Object object(JsonNode node, Class<?> vorm, String pad, List<Fout> fouten) {
        if (node == null || !node.isObject()) {
            fouten.add(new Fout(pad.isEmpty() ? "$" : pad, "Hier hoort een object ({ ... })."));
            return null;
        }
        RecordComponent[] velden = vorm.getRecordComponents();
        Set<String> namen = Arrays.stream(velden).map(RecordComponent::getName).collect(Collectors.toSet());
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String naam = it.next();
            if (!namen.contains(naam)) {
                fouten.add(new Fout(pad(pad, naam), "Dit veld kent de API niet. Laat het weg."));
            }
        }
        int voor = fouten.size();
        Object[] waarden = new Object[velden.length];
        for (int i = 0; i < velden.length; i++) {
            RecordComponent veld = velden[i];
            Veld regel = veld.getAnnotation(Veld.class);
            JsonNode w = node.get(veld.getName());
            String hier = pad(pad, veld.getName());
            if (w == null || w.isNull()) {
                if (regel != null && regel.verplicht()) {
                    fouten.add(new Fout(hier, "Dit veld is verplicht."));
                }
                waarden[i] = leeg(veld.getType());
            } else {
                waarden[i] = waarde(w, veld.getType(), veld.getGenericType(), regel, hier, fouten);
            }
        }
        if (fouten.size() > voor) {
            return null;
        }
        try {
            return vorm.getDeclaredConstructor(Arrays.stream(velden).map(RecordComponent::getType).toArray(Class[]::new))
                    .newInstance(waarden);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vorm " + vorm + " is geen gewoon record", e);
        }
    }

    /** An absent optional list is an empty one and an absent flag is false, so GET returns the same body twice. */
    private static Object leeg(Class<?> type) {
        if (type == List.class) {
            return List.of();
        }
        return type == Boolean.class ? Boolean.FALSE : null;
    }

    private static Object waarde(JsonNode w, Class<?> type, Type generiek, Veld regel, String pad, List<Fout> fouten) {
        if (type == String.class) {
            return tekst(w, regel, pad, fouten);
        }
        if (type == LocalDate.class) {
            return datum(w, pad, fouten);
        }
        if (type == Boolean.class) {
            if (!w.isBoolean()) {
                fouten.add(new Fout(pad, "Hier hoort true of false."));
                return null;
            }
            return w.booleanValue();
        }
        if (type == Integer.class) {
            if (!w.isIntegralNumber() || !w.canConvertToInt()) {
                fouten.add(new Fout(pad, "Hier hoort een geheel getal."));
                return null;
            }
            int getal = w.intValue();
            if (regel != null && (getal < regel.van() || getal > regel.tot())) {
                fouten.add(new Fout(pad, "Hier hoort een getal van " + regel.van() + " tot en met " + regel.tot() + "."));
                return null;
            }
            return getal;
        }
        if (type == List.class) {
            return lijst(w, (Class<?>) ((ParameterizedType) generiek).getActualTypeArguments()[0], regel, pad, fouten);
        }
        if (type.isRecord()) {
            return object(w, type, pad, fouten);
        }
        throw new IllegalStateException("Geen regel voor veldtype " + type);
    }

    private static String tekst(JsonNode w, Veld regel, String pad, List<Fout> fouten) {
        if (!w.isTextual()) {
            fouten.add(new Fout(pad, "Hier hoort tekst tussen aanhalingstekens."));
            return null;
        }
        String s = w.textValue();
        if (regel == null) {
            return s;
        }
        if (regel.verplicht() && s.isBlank()) {
            fouten.add(new Fout(pad, "Dit veld mag niet leeg zijn."));
        } else if (regel.max() > 0 && s.length() > regel.max()) {
            fouten.add(new Fout(pad, "Deze tekst is te lang: ten hoogste " + regel.max() + " tekens."));
        } else if (regel.keuze().length > 0 && !Arrays.asList(regel.keuze()).contains(s)) {
            fouten.add(new Fout(pad, "Kies een van: " + String.join(", ", regel.keuze()) + "."));
        } else if (regel.bsn() && !Bsn.isGeldig(s)) {
            fouten.add(new Fout(pad, "Dit is geen geldig BSN: het moet 9 cijfers hebben en de elfproef halen."));
        } else if (regel.id() && !ID.matcher(s).matches()) {
            fouten.add(new Fout(pad, ID_MELDING));
        } else {
            return s;
        }
        return null;
    }

    private static LocalDate datum(JsonNode w, String pad, List<Fout> fouten) {
        if (!w.isTextual() || !DATUM.matcher(w.textValue()).matches()) {
            fouten.add(new Fout(pad, "Hier hoort een datum als 2026-11-22 (jaar-maand-dag)."));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(w.textValue());
            if (d.getYear() < EERSTE_JAAR || d.getYear() > LAATSTE_JAAR) {
                fouten.add(new Fout(pad, "Deze datum ligt niet tussen " + EERSTE_JAAR + " en " + LAATSTE_JAAR + "."));
                return null;
            }
            return d;
        } catch (DateTimeException e) {
            fouten.add(new Fout(pad, "Deze datum bestaat niet."));
            return null;
        }
    }

    private static List<Object> lijst(JsonNode w, Class<?> element, Veld regel, String pad, List<Fout> fouten) {
        if (!w.isArray()) {
            fouten.add(new Fout(pad, "Hier hoort een lijst ([ ... ])."));
            return null;
        }
        if (regel != null && w.size() < regel.minstens()) {
            fouten.add(new Fout(pad, "Noem er minstens " + regel.minstens() + "."));
        }
        List<Object> uit = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            uit.add(waarde(w.get(i), element, null, element == String.class ? regel : null, pad + "[" + i + "]", fouten));
        }
        return uit;
    }

    private static String pad(String voor, String naam) {
        return voor.isEmpty() ? naam : voor + "." + naam;
    }
}

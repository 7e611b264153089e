package nl.jeugdportaal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages through the access log newest first, by position (the time and id of the last line seen)
 * instead of by page number: every line stays reachable however many are added meanwhile, and a
 * page costs the same at the first line and the millionth.
 */
@ApplicationScoped
public class Auditzoeker {
    public static final int PER_PAGINA = 50;
    private static final Pattern PLAATS = Pattern.compile("(-?[0-9]{1,19})\\.([0-9]{1,19})");

    @Inject
    EntityManager em;

    /**
     * What to look for; null means any. {@code betreft} finds the rows that showed or changed this
     * person's data, and with {@code ookAlleenGeweigerd} also the page views that only refused a
     * stuk about them (for the FG). Times are {@code [van, tot)}.
     */
    public record Vraag(Long betreft, boolean ookAlleenGeweigerd, Long actor, String client, Long stuk,
            Uitkomst uitkomst, Instant van, Instant tot) {
        public static Vraag over(Long persoon, Instant van, Instant tot) {
            return new Vraag(persoon, false, null, null, null, null, van, tot);
        }
    }

    /** The lines of one page, and where the pages before and after it start (null at either end). */
    public record Bladzijde(List<AuditRegel> regels, String ouder, String nieuwer) {
    }

    /**
     * The page after {@code voor} (older lines), or before {@code na} (newer lines), or the newest;
     * a position that cannot be read counts as none.
     */
    public Bladzijde zoek(Vraag vraag, String voor, String na) {
        Plaats ouderDan = Plaats.lees(voor);
        Plaats nieuwerDan = ouderDan == null ? Plaats.lees(na) : null;
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder waar = new StringBuilder(" where 1 = 1");
        if (vraag.betreft() != null) {
            waar.append(vraag.ookAlleenGeweigerd() ? " and (bevat(a.betreft, :p) or bevat(a.betreftGeweigerd, :p))"
                    : " and bevat(a.betreft, :p)");
            parameters.put("p", vraag.betreft());
        }
        voorwaarde(waar, parameters, "a.actorId = :actor", "actor", vraag.actor());
        voorwaarde(waar, parameters, "a.actorClient = :client", "client", vraag.client());
        voorwaarde(waar, parameters, "(bevat(a.stukken, :stuk) or bevat(a.geweigerd, :stuk))", "stuk", vraag.stuk());
        voorwaarde(waar, parameters, "a.uitkomst = :uitkomst", "uitkomst", vraag.uitkomst());
        voorwaarde(waar, parameters, "a.tijdstip >= :van", "van", vraag.van());
        voorwaarde(waar, parameters, "a.tijdstip < :tot", "tot", vraag.tot());
        Plaats plaats = ouderDan != null ? ouderDan : nieuwerDan;
        if (plaats != null) {
            String teken = ouderDan != null ? "<" : ">";
            waar.append(" and (a.tijdstip ").append(teken).append(" :pt or (a.tijdstip = :pt and a.id ").append(teken)
                    .append(" :pi))");
            parameters.put("pt", plaats.tijdstip());
            parameters.put("pi", plaats.id());
        }
        String richting = nieuwerDan != null ? " asc" : " desc";
        TypedQuery<AuditRegel> query = em.createQuery("select a from AuditRegel a" + waar
                + " order by a.tijdstip" + richting + ", a.id" + richting, AuditRegel.class)
                .setMaxResults(PER_PAGINA + 1);
        parameters.forEach(query::setParameter);
        List<AuditRegel> rijen = new ArrayList<>(query.getResultList());
        boolean meer = rijen.size() > PER_PAGINA;
        if (meer) {
            rijen.remove(PER_PAGINA);
        }
        if (nieuwerDan != null) {
            Collections.reverse(rijen);
        }
        boolean ouder = nieuwerDan != null ? true : meer;
        boolean nieuwer = ouderDan != null || (nieuwerDan != null && meer);
        return new Bladzijde(rijen,
                ouder && !rijen.isEmpty() ? Plaats.van(rijen.get(rijen.size() - 1)) : null,
                nieuwer && !rijen.isEmpty() ? Plaats.van(rijen.get(0)) : null);
    }

    private static void voorwaarde(StringBuilder waar, Map<String, Object> parameters, String conditie, String naam,
            Object waarde) {
        if (waarde != null) {
            waar.append(" and ").append(conditie);
            parameters.put(naam, waarde);
        }
    }

    /** A position in the log, as it travels in a link: microseconds since 1970, a dot, the id. */
    private record Plaats(Instant tijdstip, long id) {
        static Plaats lees(String tekst) {
            Matcher m = tekst == null ? null : PLAATS.matcher(tekst);
            if (m == null || !m.matches()) {
                return null;
            }
            try {
                long micro = Long.parseLong(m.group(1));
                return new Plaats(Instant.ofEpochSecond(Math.floorDiv(micro, 1_000_000L),
                        Math.floorMod(micro, 1_000_000L) * 1000L), Long.parseLong(m.group(2)));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return null;
            }
        }

        static String van(AuditRegel a) {
            long micro = Math.addExact(Math.multiplyExact(a.tijdstip.getEpochSecond(), 1_000_000L),
                    a.tijdstip.getNano() / 1000L);
            return micro + "." + a.id;
        }
    }
}

package nl.jeugdportaal.database;

import jakarta.persistence.TypedQuery;
import java.util.Collection;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.query.Query;
import org.hibernate.type.StandardBasicTypes;

/**
 * {@code een_van(:ids, x)} in HQL: true when {@code x} is one of the ids in the array parameter.
 * Hibernate translates a query with an IN-list parameter anew on every call, because the SQL
 * changes with the length of the list; on the dossier page that was a quarter of the work. One
 * array parameter keeps the SQL the same, so the translation is cached, and PostgreSQL still uses
 * the index for {@code = any(...)}. The array comes first: Hibernate lets a function's last
 * argument take a list of values, and a query with such a parameter is not cached either.
 * {@code bevat(kolom, :id)} asks whether an array column holds the id, so that a GIN index serves it.
 */
public class Queryfuncties implements FunctionContributor {
    @Override
    public void contributeFunctions(FunctionContributions functies) {
        functies.getFunctionRegistry().registerPattern("een_van", "(?2 = any(?1))",
                functies.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
        // The same question of an array column, in the form its GIN index answers (the audit log, V80).
        functies.getFunctionRegistry().registerPattern("bevat", "(?1 @> array[?2])",
                functies.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }

    /**
     * Binds {@code ids} to {@code een_van}'s first argument as one bigint array. The type is named
     * on purpose: an untyped Java array is taken for a list of values, and the query would again be
     * translated on every call.
     */
    public static <T> TypedQuery<T> metIds(TypedQuery<T> query, String parameter, Collection<Long> ids) {
        query.unwrap(Query.class).setParameter(parameter, ids.toArray(Long[]::new), Long[].class);
        return query;
    }
}

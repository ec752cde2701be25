package org.renewal.platform.security;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The records of places a caller may see, as a query: city-wide callers all, a street its street,
 * everyone else their district. Lists add it to their filters; reads by id check {@link Caller#sees}.
 */
public final class PlaceScope {

    private PlaceScope() {
    }

    public static Criteria of(Caller caller, String districtField, String streetField) {
        if (caller.cityWide()) {
            return new Criteria();
        }
        if (caller.streetCode() != null) {
            return where(streetField).is(caller.streetCode());
        }
        // a caller bound to no place sees nothing
        return where(districtField).is(caller.districtCode() != null ? caller.districtCode() : "\u0000none");
    }

    /**
     * A list's query: the caller's place (districtCode, streetCode) and then each filter the request gave — a filter
     * whose value is null is left out — so a list never shows more than the caller may read.
     */
    public static Filter filter(Caller caller) {
        return within(of(caller, "districtCode", "streetCode"));
    }

    /** As {@link #filter(Caller)}, within a scope of the list's own (a unit's projects, a resident's community). */
    public static Filter within(Criteria scope) {
        return new Filter(scope);
    }

    /** The criteria of one list's query, built from the caller's place. */
    public static final class Filter {

        private final java.util.List<Criteria> parts = new java.util.ArrayList<>();

        private Filter(Criteria place) {
            parts.add(place);
        }

        /** {@code field} equals {@code value}, when a value is given. */
        public Filter is(String field, Object value) {
            if (value != null) {
                parts.add(where(field).is(value));
            }
            return this;
        }

        /** {@code field} at or after {@code from}, when given. */
        public Filter atLeast(String field, Object from) {
            if (from != null) {
                parts.add(where(field).gte(from));
            }
            return this;
        }

        /** {@code field} at or before {@code to}, when given. */
        public Filter atMost(String field, Object to) {
            if (to != null) {
                parts.add(where(field).lte(to));
            }
            return this;
        }

        /** Any further criterion. */
        public Filter and(Criteria criteria) {
            parts.add(criteria);
            return this;
        }

        public org.springframework.data.mongodb.core.query.Query query() {
            return new org.springframework.data.mongodb.core.query.Query(new Criteria().andOperator(parts));
        }
    }
}

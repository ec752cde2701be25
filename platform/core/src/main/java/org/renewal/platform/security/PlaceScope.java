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
}

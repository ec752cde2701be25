package org.renewal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;

/** A list's query starts from the caller's place; filters without a value are left out. */
class PlaceScopeTest {

    private static Caller street() {
        return new Caller("street-1", EnumSet.of(Role.STREET), "220302", "220302001", null, null, null);
    }

    private static Caller city() {
        return new Caller("city-1", EnumSet.of(Role.CITY_OFFICE), null, null, null, null, null);
    }

    private static Caller nowhere() {
        return new Caller("nobody", EnumSet.of(Role.DISTRICT_OFFICE), null, null, null, null, null);
    }

    @Test
    void aStreetSeesItsStreetAndOnlyTheFiltersGivenApply() {
        Document query = PlaceScope.filter(street()).is("channel", null).is("status", "OPEN")
                .atLeast("year", 2020).atMost("year", null).query().getQueryObject();

        assertThat(query.toJson()).contains("\"streetCode\": \"220302001\"").contains("\"status\": \"OPEN\"")
                .contains("$gte").doesNotContain("channel").doesNotContain("$lte");
    }

    @Test
    void theCityOfficeIsUnboundAndACallerBoundToNoPlaceSeesNothing() {
        assertThat(PlaceScope.filter(city()).is("status", "OPEN").query().getQueryObject().toJson())
                .doesNotContain("districtCode").doesNotContain("streetCode");
        assertThat(PlaceScope.filter(nowhere()).query().getQueryObject().toJson()).contains("\\u0000none");
    }

    @Test
    void aListOfItsOwnScopeKeepsItAndAddsItsFilters() {
        Document query = PlaceScope.within(Criteria.where("unitCodes").is("91220302MA0000000Q")).is("stage", "STARTED")
                .query().getQueryObject();

        assertThat(query.toJson()).contains("unitCodes").contains("STARTED").doesNotContain("districtCode");
    }
}

package org.renewal.survey.community;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.survey.eligibility.EligibilityOutcome;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The register as rows for export: one per building, streamed from the store, no personal data. */
@Service
public class CommunityExport {

    private final MongoTemplate mongo;

    CommunityExport(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One exported row. */
    public record Row(String districtCode, String streetCode, String committeeCode, String name, String address,
                      BigDecimal latitude, BigDecimal longitude, int buildYear, String propertyRight,
                      String managementStatus, Integer lastRenovationYear, boolean inDemolitionPlan,
                      List<String> facilityDeficiencies, String buildingNumber, Integer floors, Integer entrances,
                      int households, BigDecimal floorArea, boolean hasElevator) {
    }

    /**
     * Streams the rows the caller may see, in district, street, name order. Buildings export their
     * registered counts (what an import reads back), not counts derived from a roll.
     */
    public void forEachRow(Caller caller, String districtCode, String streetCode, EligibilityOutcome eligibility,
                           ReserveStatus reserveStatus, Consumer<Row> sink) {
        var filter = new CommunityService.CommunityFilter(districtCode, streetCode, null, null, eligibility,
                reserveStatus, null);
        Query query = new Query(new Criteria().andOperator(filter.criteria(),
                PlaceScope.of(caller, "districtCode", "streetCode")))
                .with(Sort.by("districtCode", "streetCode", "name"));
        query.fields().exclude("buildings.roll", "answers", "assessment", "pendingEvents");
        try (var communities = mongo.stream(query, Community.class)) {
            communities.forEach(c -> c.buildings().forEach(b -> sink.accept(new Row(c.districtCode(), c.streetCode(),
                    c.committeeCode(), c.name(), c.address(),
                    c.location() == null ? null : c.location().latitude(),
                    c.location() == null ? null : c.location().longitude(), c.buildYear(),
                    c.propertyRight() == null ? null : c.propertyRight().name(),
                    c.managementStatus() == null ? null : c.managementStatus().name(), c.lastRenovationYear(),
                    c.inDemolitionPlan(), c.facilityDeficiencies().stream().map(Enum::name).toList(), b.number(),
                    b.floors(), b.registeredEntrances(), b.registeredHouseholds(), b.floorArea(),
                    b.hasElevator()))));
        }
    }
}

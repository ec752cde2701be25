package org.renewal.plan.livingcircle;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.renewal.plan.livingcircle.LivingCircleAnalysis.CommunityCircles;
import org.renewal.plan.livingcircle.LivingCircleAnalysis.Place;
import org.renewal.plan.menu.Catalogue;
import org.renewal.platform.rules.DomainException;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A district's service facilities in the store, and the living-circle analysis of the caller's communities. */
@Service
class LivingCircleService {

    /** The programme read model's collection, where a community's place is kept. */
    private static final String PLACES = "programme_communities";

    private final MongoTemplate mongo;
    private final Catalogue catalogue;
    private final double detourFactor;

    LivingCircleService(MongoTemplate mongo, Catalogue catalogue,
                  @Value("${renewal.plan.living-circle.detour-factor:1.0}") double detourFactor) {
        this.mongo = mongo;
        this.catalogue = catalogue;
        this.detourFactor = detourFactor;
    }

    Facility add(Caller caller, FacilityType type, String name, BigDecimal latitude, BigDecimal longitude) {
        if (caller.districtCode() == null) {
            throw DomainException.ruleViolated("DISTRICT_REQUIRED");
        }
        return mongo.insert(new Facility(UUID.randomUUID().toString(), caller.districtCode(), type, name.strip(),
                latitude, longitude, caller.subject(), Instant.now()));
    }

    /** Facilities serve the whole district: a street sees its district's; city-wide callers any. */
    Page<Facility> facilities(Caller caller, FacilityType type, String districtCode, Pageable pageable) {
        List<Criteria> parts = new ArrayList<>();
        parts.add(caller.cityWide() ? new Criteria() : where("districtCode").is(caller.districtCode() == null
                ? "\u0000none" : caller.districtCode()));
        if (districtCode != null) {
            parts.add(where("districtCode").is(districtCode));
        }
        if (type != null) {
            parts.add(where("type").is(type));
        }
        Query q = new Query(new Criteria().andOperator(parts));
        long total = mongo.count(q, Facility.class);
        return new PageImpl<>(mongo.find(q.with(pageable), Facility.class), pageable, total);
    }

    void remove(Caller caller, String id) {
        Facility facility = mongo.findById(id, Facility.class);
        if (facility == null || !facility.districtCode().equals(caller.districtCode())) {
            throw DomainException.notFound("FACILITY_NOT_FOUND", id);
        }
        mongo.remove(query(where("_id").is(id)), Facility.class);
    }

    CommunityCircles community(Caller caller, String communityId) {
        Place place = mongo.findById(communityId, Place.class, PLACES);
        if (place == null || !caller.sees(place.districtCode(), place.streetCode())) {
            throw DomainException.notFound("COMMUNITY_NOT_FOUND", communityId);
        }
        return analyse(place, facilitiesOf(place.districtCode()));
    }

    /** A community's place and its circles. */
    record Analysed(Place place, CommunityCircles circles) {
    }

    /** The analysis of every community the caller may see (of one district for city-wide callers), by name. */
    List<Analysed> communities(Caller caller, String districtCode) {
        Map<String, List<Facility>> byDistrict = new HashMap<>();
        List<Analysed> all = new ArrayList<>();
        Query places = PlaceScope.filter(caller).is("districtCode", districtCode).query().with(Sort.by("name"));
        for (Place place : mongo.find(places, Place.class, PLACES)) {
            all.add(new Analysed(place, analyse(place, byDistrict.computeIfAbsent(place.districtCode(),
                    this::facilitiesOf))));
        }
        return all;
    }

    private CommunityCircles analyse(Place place, List<Facility> facilities) {
        return LivingCircleAnalysis.analyse(place, facilities, detourFactor,
                code -> catalogue.find(code, place.districtCode()));
    }

    private List<Facility> facilitiesOf(String district) {
        return mongo.find(query(where("districtCode").is(district)), Facility.class);
    }
}

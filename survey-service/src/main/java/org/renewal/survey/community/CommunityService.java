package org.renewal.survey.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Registers communities and reads the register. */
@Service
class CommunityService {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;
    private final JsonMapper json;

    CommunityService(MongoTemplate mongo, OutboxWriter outbox, JsonMapper json) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * Enters a community in the register. Under an {@code Idempotency-Key} the id is derived from the
     * key, so a retry finds the first community instead of creating a second.
     */
    Community register(CommunityRequests.Register request, String idempotencyKey) {
        Caller caller = Caller.current();
        if (!caller.sees(request.districtCode(), request.streetCode())) {
            // a district office registers only in its own district
            throw new ApiException(HttpStatus.FORBIDDEN, "OUTSIDE_YOUR_DISTRICT",
                    List.of(new FieldProblem("districtCode", "access.outsideDistrict")), request.districtCode());
        }
        CommunityDetails details = validated(request);
        if (idempotencyKey == null) {
            return outbox.save(Community.register(UUID.randomUUID().toString(), details, null));
        }
        String id = UUID.nameUUIDFromBytes(("community:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        String fingerprint = fingerprint(request);
        try {
            return outbox.save(Community.register(id, details, fingerprint));
        } catch (DuplicateKeyException retried) {
            Community first = mongo.findById(id, Community.class);
            if (!fingerprint.equals(first.requestFingerprint())) {
                throw ApiException.ruleViolated("IDEMPOTENCY_KEY_REUSED", idempotencyKey);
            }
            return first;
        }
    }

    /** A community the caller may see; another district's is "not found", not "forbidden". */
    Community get(String id) {
        Community community = mongo.findById(id, Community.class);
        if (community == null || !Caller.current().sees(community.districtCode(), community.streetCode())) {
            throw ApiException.notFound("COMMUNITY_NOT_FOUND", id);
        }
        return community;
    }

    Page<Community> list(CommunityFilter filter, Pageable pageable) {
        Query query = new Query(new Criteria().andOperator(filter.criteria(),
                PlaceScope.of(Caller.current(), "districtCode", "streetCode")));
        long total = mongo.count(query, Community.class);
        List<Community> content = mongo.find(query.with(pageable), Community.class);
        return new PageImpl<>(content, pageable, total);
    }

    private CommunityDetails validated(CommunityRequests.Register r) {
        List<FieldProblem> errors = new ArrayList<>();
        if (!r.streetCode().startsWith(r.districtCode())) {
            errors.add(new FieldProblem("streetCode", "community.streetOutsideDistrict"));
        }
        if (r.buildYear() > LocalDate.now(BUSINESS_ZONE).getYear()) {
            errors.add(new FieldProblem("buildYear", "community.buildYearInFuture"));
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < r.buildings().size(); i++) {
            if (!numbers.add(r.buildings().get(i).number().trim())) {
                errors.add(new FieldProblem("buildings[" + i + "].number",
                        "community.duplicateBuildingNumber"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new CommunityDetails(r.name().trim(), r.districtCode(), r.streetCode(),
                r.address() == null ? null : r.address().trim(), r.buildYear(),
                r.buildings().stream()
                        .map(b -> new Building(b.number().trim(), b.floors(), b.households(), b.floorArea()))
                        .toList());
    }

    private String fingerprint(CommunityRequests.Register request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Filters of the register list; each given one narrows it. */
    record CommunityFilter(String districtCode, String streetCode, Integer buildYearFrom, Integer buildYearTo) {

        Criteria criteria() {
            List<Criteria> parts = new ArrayList<>();
            if (districtCode != null) {
                parts.add(where("districtCode").is(districtCode));
            }
            if (streetCode != null) {
                parts.add(where("streetCode").is(streetCode));
            }
            if (buildYearFrom != null) {
                parts.add(where("buildYear").gte(buildYearFrom));
            }
            if (buildYearTo != null) {
                parts.add(where("buildYear").lte(buildYearTo));
            }
            return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
        }
    }
}

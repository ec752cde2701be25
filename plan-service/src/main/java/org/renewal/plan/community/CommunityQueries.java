package org.renewal.plan.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.renewal.platform.rules.DomainException;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads of the communities plan-service knows (its read model of survey's register), within the caller's place. */
@Service
class CommunityQueries {


    private final MongoTemplate mongo;

    CommunityQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    CommunityView get(Caller caller, String id) {
        PlanCommunity community = mongo.findById(id, PlanCommunity.class);
        if (community == null || !caller.sees(community.districtCode(), community.streetCode())) {
            throw DomainException.notFound("COMMUNITY_NOT_FOUND", id);
        }
        return CommunityView.of(community, mongo.find(query(where("communityId").is(id)), HouseholdRoll.class));
    }

    /** @param reserveStatus RESERVED, NOT_RESERVED or null (all) */
    Page<CommunityView> list(Caller caller, String districtCode, String reserveStatus, Pageable pageable) {
        PlaceScope.Filter filter = PlaceScope.filter(caller).is("districtCode", districtCode);
        if ("RESERVED".equals(reserveStatus)) {
            filter.is("reserveStatus", "RESERVED");
        } else if (reserveStatus != null) {
            filter.and(where("reserveStatus").ne("RESERVED"));
        }
        Query query = filter.query();
        long total = mongo.count(query, PlanCommunity.class);
        List<CommunityView> content = mongo.find(query.with(pageable), PlanCommunity.class)
                .stream().map(CommunityView::of).toList();
        return new PageImpl<>(content, pageable, total);
    }
}

package org.renewal.plan.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plan/communities")
@Tag(name = "Communities 小区", description = "Registered communities as plan-service knows them (read-only, from survey events)")
class CommunityController {

    private static final Set<String> SORTABLE = Set.of("name", "buildYear", "registeredAt", "households");

    private final MongoTemplate mongo;

    CommunityController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a registered community",
            description = "Appears within about a second of its registration in survey-service.")
    @ApiResponse(responseCode = "200", description = "The community")
    @ApiResponse(responseCode = "404", description = "Not (yet) known here (COMMUNITY_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    CommunityView get(@PathVariable String id) {
        PlanCommunity community = mongo.findById(id, PlanCommunity.class);
        if (community == null || !Caller.current().sees(community.districtCode(), community.streetCode())) {
            throw ApiException.notFound("COMMUNITY_NOT_FOUND", id);
        }
        return CommunityView.of(community, mongo.find(query(where("communityId").is(id)), HouseholdRoll.class));
    }

    @GetMapping
    @Operation(summary = "List registered communities", description = "Sort by name, buildYear, registeredAt or "
            + "households. Page size at most 200.")
    PagedModel<CommunityView> list(
            @Parameter(example = "220302") @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode,
            @Parameter(description = "RESERVED: the communities a plan may be started for")
            @RequestParam(required = false) @Pattern(regexp = "RESERVED|NOT_RESERVED") String reserveStatus,
            @ParameterObject @PageableDefault(size = 20, sort = "registeredAt", direction = Sort.Direction.DESC) Pageable pageable) {
        Criteria scope = PlaceScope.of(Caller.current(), "districtCode", "streetCode");
        List<Criteria> parts = new java.util.ArrayList<>(List.of(scope));
        if (districtCode != null) {
            parts.add(where("districtCode").is(districtCode));
        }
        if ("RESERVED".equals(reserveStatus)) {
            parts.add(where("reserveStatus").is("RESERVED"));
        } else if (reserveStatus != null) {
            parts.add(where("reserveStatus").ne("RESERVED"));
        }
        Query query = new Query(new Criteria().andOperator(parts));
        long total = mongo.count(query, PlanCommunity.class);
        List<CommunityView> content = mongo.find(query.with(Paging.checked(pageable, SORTABLE)), PlanCommunity.class)
                .stream().map(CommunityView::of).toList();
        return new PagedModel<>(new PageImpl<>(content, pageable, total));
    }
}

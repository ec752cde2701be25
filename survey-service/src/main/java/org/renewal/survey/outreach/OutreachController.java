package org.renewal.survey.outreach;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.renewal.platform.web.Paging;
import org.renewal.survey.community.CommunityService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/survey/outreach-activities")
@Tag(name = "Outreach 宣传发动", description = "Visits, meetings and notices that mobilise residents")
class OutreachController {

    private static final Set<String> SORTABLE = Set.of("date", "reach", "recordedAt", "channel");

    private final MongoTemplate mongo;
    private final CommunityService communities;

    OutreachController(MongoTemplate mongo, CommunityService communities) {
        this.mongo = mongo;
        this.communities = communities;
    }

    @Schema(name = "LogOutreach", description = "An outreach activity to log")
    record LogOutreach(
            @Schema(example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01") @NotBlank @Size(max = 64) String communityId,
            @Schema(description = "Channel (dictionary outreachChannels)", example = "DOOR_TO_DOOR") @NotNull
            OutreachChannel channel,
            @Schema(description = "Date, not in the future", example = "2026-11-20") @NotNull @PastOrPresent
            LocalDate date,
            @Schema(description = "Households (or, for media, people) reached", example = "36") @NotNull
            @PositiveOrZero @Max(10_000_000) Integer reach,
            @Schema(example = "讲解改造政策、内容与流程，发放意愿调查表") @Size(max = 1000) String summary) {
    }

    @PostMapping
    @Operation(summary = "Log an outreach activity (记录宣传发动)", description = "By the district office or the street, "
            + "for a community they may see.")
    ResponseEntity<OutreachActivity> log(@Valid @RequestBody LogOutreach request) {
        CommunityService.CommunityPlace place = communities.place(request.communityId());
        if (request.date().isBefore(LocalDate.of(2000, 1, 1))) {
            throw ApiException.invalid(List.of(new FieldProblem("date", "outreach.tooEarly")));
        }
        OutreachActivity activity = mongo.insert(new OutreachActivity(UUID.randomUUID().toString(), place.id(),
                place.name(), place.districtCode(), place.streetCode(), request.channel(), request.date(),
                request.reach(), request.summary() == null ? null : request.summary().strip(),
                Caller.current().subject(), Instant.now()));
        return ResponseEntity.created(URI.create("/api/survey/outreach-activities/" + activity.id())).body(activity);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an outreach activity")
    OutreachActivity get(@PathVariable String id) {
        OutreachActivity activity = mongo.findById(id, OutreachActivity.class);
        if (activity == null || !Caller.current().sees(activity.districtCode(), activity.streetCode())) {
            throw ApiException.notFound("OUTREACH_NOT_FOUND", id);
        }
        return activity;
    }

    @GetMapping
    @Operation(summary = "The outreach log", description = "Newest first by default; filter by community, street, "
            + "channel and date range; sort by date, reach, recordedAt or channel.")
    PagedModel<OutreachActivity> list(
            @Parameter(description = "Community id") @RequestParam(required = false) String communityId,
            @Parameter(description = "Street code", example = "220302001") @RequestParam(required = false)
            String streetCode,
            @Parameter(description = "Channel") @RequestParam(required = false) OutreachChannel channel,
            @Parameter(description = "From date (inclusive)", example = "2026-01-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "To date (inclusive)", example = "2026-12-31") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @ParameterObject @PageableDefault(size = 20, sort = "date", direction = Sort.Direction.DESC) Pageable pageable) {
        List<Criteria> parts = new ArrayList<>();
        parts.add(PlaceScope.of(Caller.current(), "districtCode", "streetCode"));
        if (communityId != null) {
            parts.add(where("communityId").is(communityId));
        }
        if (streetCode != null) {
            parts.add(where("streetCode").is(streetCode));
        }
        if (channel != null) {
            parts.add(where("channel").is(channel));
        }
        if (from != null) {
            parts.add(where("date").gte(from));
        }
        if (to != null) {
            parts.add(where("date").lte(to));
        }
        Query query = new Query(new Criteria().andOperator(parts));
        long total = mongo.count(query, OutreachActivity.class);
        Pageable checked = Paging.checked(pageable, SORTABLE);
        return new PagedModel<>(new PageImpl<>(mongo.find(query.with(checked), OutreachActivity.class), checked, total));
    }
}

package org.renewal.platform.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.renewal.platform.security.Caller;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.platform.web.SortBy;

/** The audit trail, for district offices (their district's callers) and the city office (everyone). */
@RestController
@RequestMapping("${renewal.api-prefix}/audit-records")
@Tag(name = "Audit 审计", description = "Who changed what, when, with which outcome; kept 190 days")
public class AuditController {


    private final MongoTemplate mongo;

    public AuditController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @SortBy({"at", "subject", "status"})
    @GetMapping
    @Operation(summary = "Read the audit trail (DISTRICT_OFFICE, CITY_OFFICE)",
            description = "Newest first. A district office sees what callers of its district did; the city office sees all.")
    public PagedModel<AuditRecord> list(Caller caller,
            @Parameter(example = "district-tiexi") @RequestParam(required = false) String subject,
            @Parameter(example = "2026-11-01T00:00:00Z") @RequestParam(required = false) Instant from,
            @Parameter(example = "2026-12-01T00:00:00Z") @RequestParam(required = false) Instant to,
            @ParameterObject @PageableDefault(size = 20, sort = "at", direction = Sort.Direction.DESC) Pageable pageable) {
        List<Criteria> parts = new ArrayList<>();
        if (!caller.cityWide()) {
            parts.add(where("districtCode").is(caller.districtCode()));
        }
        if (subject != null) {
            parts.add(where("subject").is(subject));
        }
        if (from != null) {
            parts.add(where("at").gte(from));
        }
        if (to != null) {
            parts.add(where("at").lt(to));
        }
        Query query = new Query(parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts));
        long total = mongo.count(query, AuditRecord.class);
        List<AuditRecord> content = mongo.find(query.with(pageable), AuditRecord.class);
        return new PagedModel<>(new PageImpl<>(content, pageable, total));
    }
}

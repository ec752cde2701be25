package org.renewal.plan.programme;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.renewal.platform.rules.DomainException;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.platform.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The programme years of a district, their batches, the programme's communities and their timelines, in the store. */
@Service
class ProgrammeService {


    private final MongoTemplate mongo;
    private final ProgrammeFigures figures;

    ProgrammeService(MongoTemplate mongo, ProgrammeFigures figures) {
        this.mongo = mongo;
        this.figures = figures;
    }

    /** Sets (creates or replaces the settings of) a programme year of the caller's district; the batch is kept. */
    AnnualProgramme setYear(Caller caller, int year, AnnualProgramme.Targets targets, java.time.LocalDate deadline,
                            int byProportionCapPercent) {
        String district = requireDistrict(caller);
        String id = district + "-" + year;
        AnnualProgramme existing = mongo.findById(id, AnnualProgramme.class);
        return mongo.save(new AnnualProgramme(id, existing == null ? null : existing.version(), district, year, targets,
                deadline, byProportionCapPercent, existing == null ? List.of() : existing.batch(),
                existing == null ? List.of() : existing.skipped(), caller.subject(), Instant.now()));
    }

    /** Chooses the year's batch from the district's reserve by {@link BatchSelection}, and marks those added. */
    AnnualProgramme chooseBatch(Caller caller, int year) {
        String district = requireDistrict(caller);
        AnnualProgramme programme = find(district, year)
                .orElseThrow(() -> DomainException.notFound("PROGRAMME_NOT_FOUND", year, district));
        Query reserved = query(where("districtCode").is(district).and("reserved").is(true))
                .with(Sort.by(Sort.Direction.DESC, "urgencyScore").and(Sort.by("buildYear", "_id")));
        reserved.fields().include("name", "eligibility", "batchYear");
        List<BatchSelection.Candidate> reserve = mongo.find(reserved, ProgrammeCommunity.class).stream()
                .map(c -> new BatchSelection.Candidate(c.id(), c.name(), c.eligibility(), c.batchYear())).toList();
        BatchSelection.Result chosen = BatchSelection.choose(year, reserve, programme.batch(),
                programme.targets().communities(), programme.byProportionCapPercent());
        if (!chosen.added().isEmpty()) {
            mongo.updateMulti(query(where("_id").in(chosen.added())), new Update().set("batchYear", year),
                    ProgrammeCommunity.class);
        }
        figures.changed();
        // the office reads its own batch at once (the figures of other changes follow within a refresh)
        figures.rebuild();
        return mongo.save(new AnnualProgramme(programme.id(), programme.version(), district, year, programme.targets(),
                programme.deadline(), programme.byProportionCapPercent(), chosen.batch(), chosen.skipped(),
                caller.subject(), Instant.now()));
    }

    Optional<AnnualProgramme> find(String district, int year) {
        return district == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(district + "-" + year, AnnualProgramme.class));
    }

    /** The programme years of a district (all districts when null), newest first. */
    List<AnnualProgramme> years(String district) {
        Query q = district == null ? new Query() : query(where("districtCode").is(district));
        return mongo.find(q.with(Sort.by(Sort.Direction.DESC, "year")), AnnualProgramme.class);
    }

    /** Targets, what they are and the deadline for a place and year. */
    record Yardstick(AnnualProgramme.Targets targets, TargetBasis basis, LocalDate deadline) {
        static final Yardstick NONE = new Yardstick(null, null, null);
    }

    /**
     * The place's own yardstick: a street measures against its communities in the district's batch (the batch is the
     * district's plan, street by street), a district against its programme, the city against the sum of its
     * districts' programmes (deadline: the latest). No programme for the year: no yardstick.
     */
    Yardstick yardstick(String district, String street, int year, List<ProgrammeFigures.Cell> cells) {
        if (district == null) {
            List<AnnualProgramme> all = years(null).stream().filter(p -> p.year() == year).toList();
            if (all.isEmpty()) {
                return Yardstick.NONE;
            }
            int communities = 0;
            int buildings = 0;
            int households = 0;
            BigDecimal area = BigDecimal.ZERO;
            LocalDate deadline = null;
            for (AnnualProgramme p : all) {
                communities = Math.addExact(communities, p.targets().communities());
                buildings = Math.addExact(buildings, p.targets().buildings());
                households = Math.addExact(households, p.targets().households());
                area = area.add(p.targets().floorArea());
                deadline = deadline == null || p.deadline().isAfter(deadline) ? p.deadline() : deadline;
            }
            return new Yardstick(new AnnualProgramme.Targets(communities, buildings, households, area), TargetBasis.CITY_SUM,
                    deadline);
        }
        AnnualProgramme programme = find(district, year).orElse(null);
        if (programme == null) {
            return Yardstick.NONE;
        }
        if (street == null) {
            return new Yardstick(programme.targets(), TargetBasis.DISTRICT_PROGRAMME, programme.deadline());
        }
        long[] batch = new long[3];
        BigDecimal area = BigDecimal.ZERO;
        int all = ProgrammeStage.REGISTERED.ordinal();
        for (ProgrammeFigures.Cell cell : cells) {
            for (int i = 0; i < 3; i++) {
                batch[i] = Math.addExact(batch[i], cell.stages[all][i]);
            }
            area = area.add(cell.areas[all]);
        }
        return new Yardstick(new AnnualProgramme.Targets(Math.toIntExact(batch[0]), Math.toIntExact(batch[1]),
                Math.toIntExact(batch[2]), area), TargetBasis.STREET_BATCH, programme.deadline());
    }

    /** One community of the programme the caller may see (as the list shows it), or 404. */
    ProgrammeCommunity community(Caller caller, String communityId) {
        ProgrammeCommunity community = mongo.findById(communityId, ProgrammeCommunity.class);
        if (community == null || !caller.sees(community.districtCode(), community.streetCode())) {
            throw DomainException.notFound("COMMUNITY_NOT_FOUND", communityId);
        }
        return community;
    }

    /** Deadlines of the programme years, read once per request and asked for by each community's batch year. */
    Deadlines deadlines() {
        java.util.Map<String, LocalDate> deadlines = new java.util.HashMap<>();
        years(null).forEach(p -> deadlines.put(p.districtCode() + "-" + p.year(), p.deadline()));
        return new Deadlines(deadlines, Supervision.today());
    }

    /** Each programme year's deadline by district and year, and today where the programme runs. */
    record Deadlines(java.util.Map<String, LocalDate> byDistrictYear, LocalDate today) {

        LocalDate of(ProgrammeCommunity c) {
            return c.batchYear() == null ? null : byDistrictYear.get(c.districtCode() + "-" + c.batchYear());
        }

        EarlyWarning.Signal signal(ProgrammeCommunity c) {
            return EarlyWarning.of(c, of(c), today);
        }
    }

    /** The programme's communities the caller may see, filtered, one page. */
    Page<ProgrammeCommunity> communities(Caller caller, Integer year, ProgrammeStage stage, String streetCode,
                                         String districtCode, Pageable pageable) {
        Query q = PlaceScope.filter(caller).is("districtCode", districtCode).is("streetCode", streetCode)
                .is("batchYear", year).is("stageOrder", stage == null ? null : stage.ordinal()).query();
        long total = mongo.count(q, ProgrammeCommunity.class);
        // sorting by stage is by its order in the programme (stored as stageOrder)
        Pageable stored = org.renewal.platform.web.Paging.stored(pageable, java.util.Map.of("stage", "stageOrder"));
        return new PageImpl<>(mongo.find(q.with(stored), ProgrammeCommunity.class),
                pageable, total);
    }

    /**
     * A community's timeline in order; residents and committees of the community see its published parts, offices
     * their place's communities; anyone else gets 404.
     */
    List<TimelineEntry> timeline(Caller caller, String communityId) {
        ProgrammeCommunity community = mongo.findById(communityId, ProgrammeCommunity.class);
        boolean resident = caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE);
        boolean visible = community != null && (resident ? communityId.equals(caller.communityId())
                : caller.sees(community.districtCode(), community.streetCode()));
        if (!visible) {
            throw DomainException.notFound("COMMUNITY_NOT_FOUND", communityId);
        }
        Query query = query(where("communityId").is(communityId));
        if (resident) {
            query.addCriteria(where("published").is(true));
        }
        return mongo.find(query, TimelineEntry.class).stream()
                .sorted(Comparator.comparing(TimelineEntry::occurredAt).thenComparingLong(TimelineEntry::sequence))
                .toList();
    }

    private static String requireDistrict(Caller caller) {
        if (caller.districtCode() == null) {
            throw DomainException.ruleViolated("DISTRICT_REQUIRED");
        }
        return caller.districtCode();
    }
}

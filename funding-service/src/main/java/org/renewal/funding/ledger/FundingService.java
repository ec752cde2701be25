package org.renewal.funding.ledger;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.renewal.contracts.funding.FundingChannel;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.funding.share.ShareSplitter;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Funding plans: opened from approved plans, fed by project events, moved by money POSTs. */
@Service
public class FundingService {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int RETRIES = 8;

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;
    private final ReadModelUpdates updates;
    private final FundingSettings settings;
    private final JsonMapper json;

    FundingService(MongoTemplate mongo, OutboxWriter outbox, ReadModelUpdates updates, FundingSettings settings,
                   JsonMapper json) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.updates = updates;
        this.settings = settings;
        this.json = json;
    }

    // ---- from events

    public void open(PlanApproved plan) {
        if (!mongo.exists(Query.query(where("_id").is(plan.planId())), FundingPlan.class)) {
            try {
                outbox.save(FundingPlan.from(plan));
            } catch (DuplicateKeyException alreadyOpened) {
                // a redelivery raced the first
            }
        }
    }

    /**
     * Applies a project event's change to the project's funding plan, if it has one, only forward: an event at an
     * aggregate version not after the last one applied (a redelivery, another replica's sweep, a replay) changes
     * nothing. The change and the version it reached are saved in one write.
     */
    public void onEvent(String projectId, long projectVersion, Consumer<FundingPlan> change) {
        outbox.change(() -> {
            FundingPlan plan = mongo.findById(projectId, FundingPlan.class);
            return plan == null || !plan.isNewerProjectEvent(projectVersion) ? null : plan;
        }, plan -> {
            plan.projectEventApplied(projectVersion);
            change.accept(plan);
        });
    }

    public void contracted(String projectId, long version, String role, String name, String creditCode, long amount) {
        onEvent(projectId, version, p -> p.contracted(new LedgerParts.ContractUnit(role, name, creditCode, amount)));
    }

    public void progress(String projectId, long version, BigDecimal overall) {
        onEvent(projectId, version, p -> p.progress(overall));
    }

    public void accepted(String projectId, long version) {
        onEvent(projectId, version, FundingPlan::acceptancePassed);
    }

    /** The reward instead of subsidy from the evaluation grade (rate × the project's cost, half-up to the fen). */
    public void evaluated(String projectId, long version, String grade) {
        onEvent(projectId, version, p -> {
            BigDecimal rate = settings.rewardRates().getOrDefault(grade, BigDecimal.ZERO);
            long amount = rate.multiply(BigDecimal.valueOf(p.totalCost())).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            String entryId = UUID.nameUUIDFromBytes(("reward:" + projectId).getBytes(StandardCharsets.UTF_8)).toString();
            p.grantReward(entryId, grade, amount, settings.rewardPayer(), today());
        });
    }

    public boolean apply(EventEnvelope envelope, HouseholdRollChanged roll) {
        return updates.applyIfNewer(HouseholdRoll.class, roll.communityId() + "/" + roll.buildingNumber(),
                envelope.aggregateVersion(), new Update().set("communityId", roll.communityId())
                        .set("buildingNumber", roll.buildingNumber())
                        .set("households", roll.households().stream().map(h -> new HouseholdRoll.Household(
                                h.householdId(), h.entrance(), h.floor(), h.exclusiveArea())).toList()));
    }

    // ---- money

    /** A money-moving request: the first with this key moves money; a retry returns that entry. */
    LedgerParts.Entry move(Caller caller, String id, String idempotencyKey, Object request, Mover mover) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ApiException.invalid(List.of(new FieldProblem("Idempotency-Key", "ledger.idempotencyKeyRequired")));
        }
        String fingerprint = fingerprint(request);
        String entryId = UUID.nameUUIDFromBytes(("entry:" + id + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                .toString();
        String by = caller.subject();
        for (int attempt = 1; ; attempt++) {
            FundingPlan plan = get(caller, id);
            LedgerParts.Entry first = plan.existing(idempotencyKey, fingerprint);
            if (first != null) {
                return first;
            }
            LedgerParts.Entry entry = mover.move(plan, entryId, idempotencyKey, fingerprint, by);
            try {
                outbox.save(plan);
                return entry;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == RETRIES) {
                    throw concurrent;
                }
            }
        }
    }

    /** One money movement on a loaded plan. */
    @FunctionalInterface
    interface Mover {
        LedgerParts.Entry move(FundingPlan plan, String entryId, String key, String fingerprint, String by);
    }

    FundingPlan setDueDate(Caller caller, String id, String sourceKey, LocalDate due) {
        return outbox.change(() -> get(caller, id), plan -> plan.setDueDate(sourceKey, due));
    }

    /** Splits a source's amount among the households of the rolls (exact, largest remainder) and keeps the split. */
    LedgerParts.ShareSet split(Caller caller, String id, FundingRequests.Shares r) {
        LedgerParts.ShareSet set = computeShares(get(caller, id), r, UUID.randomUUID().toString(), caller.subject());
        outbox.change(() -> get(caller, id), p -> p.addShares(set));
        return set;
    }

    /** The split as {@link #split} would make it, with each share's basis; nothing is kept (no id). */
    LedgerParts.ShareSet previewShares(Caller caller, String id, FundingRequests.Shares r) {
        return computeShares(get(caller, id), r, null, caller.subject());
    }

    private LedgerParts.ShareSet computeShares(FundingPlan plan, FundingRequests.Shares r, String setId, String by) {
        plan.source(r.source());
        Map<String, LedgerParts.Basis> bases = new HashMap<>();
        List<HouseholdRoll> rolls = mongo.find(Query.query(where("communityId").is(plan.communityId())),
                HouseholdRoll.class);
        List<ShareSplitter.Weighted> weights = new ArrayList<>();
        for (HouseholdRoll roll : rolls) {
            boolean elevator = r.method().equals("ELEVATOR");
            if (elevator ? !roll.buildingNumber().equals(r.elevatorBuilding())
                    : r.buildings() != null && !r.buildings().isEmpty() && !r.buildings().contains(roll.buildingNumber())) {
                continue;
            }
            for (HouseholdRoll.Household h : roll.households()) {
                if (elevator && !h.entrance().equals(r.elevatorEntrance())) {
                    continue;
                }
                BigDecimal coefficient = elevator ? settings.elevatorCoefficient(plan.districtCode(), h.floor()) : null;
                BigDecimal weight = switch (r.method()) {
                    case "AREA" -> h.exclusiveArea();
                    case "EQUAL" -> BigDecimal.ONE;
                    default -> coefficient.multiply(h.exclusiveArea());
                };
                weights.add(new ShareSplitter.Weighted(h.householdId(), weight));
                bases.put(h.householdId(), new LedgerParts.Basis(h.floor(), h.exclusiveArea(), coefficient, weight));
            }
        }
        if (weights.isEmpty() || weights.stream().allMatch(w -> w.weight().signum() == 0)) {
            throw ApiException.ruleViolated("NO_HOUSEHOLDS_TO_SHARE", plan.communityId());
        }
        List<LedgerParts.HouseholdShare> shares = ShareSplitter.split(r.amount(), weights).stream()
                .map(s -> new LedgerParts.HouseholdShare(s.householdId(), s.amount(), 0, List.of(), List.of(),
                        bases.get(s.householdId()))).toList();
        return new LedgerParts.ShareSet(setId, r.source(), r.method(), r.amount(), shares, by, java.time.Instant.now());
    }

    /** Announces gaps of every plan; returns how many plans had news. */
    int announceGaps() {
        int changed = 0;
        Query all = new Query();
        all.fields().include("_id");
        for (FundingPlan stub : mongo.find(all, FundingPlan.class)) {
            try {
                FundingPlan plan = mongo.findById(stub.getId(), FundingPlan.class);
                if (plan != null && plan.announceGaps(today())) {
                    outbox.save(plan);
                    changed++;
                }
            } catch (OptimisticLockingFailureException busy) {
                // announced on the next run
            }
        }
        return changed;
    }

    /** A plan the caller may see; residents and committees see their community's. */
    FundingPlan get(Caller caller, String id) {
        FundingPlan plan = mongo.findById(id, FundingPlan.class);
        boolean visible = plan != null && ((caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE))
                ? plan.communityId().equals(caller.communityId())
                : caller.sees(plan.districtCode(), plan.streetCode()));
        if (!visible) {
            throw ApiException.notFound("FUNDING_PLAN_NOT_FOUND", id);
        }
        return plan;
    }

    /** The plans the caller may see, by the same rule as {@link #get}: residents and committees their community's. */
    /** Every funding plan the caller may see (the programme totals). */
    List<FundingPlan> list(Caller caller, String districtCode) {
        return mongo.find(visible(caller, districtCode), FundingPlan.class);
    }

    /** A page of the funding plans the caller may see. */
    org.springframework.data.domain.Page<FundingPlan> list(Caller caller, String districtCode,
                                                          org.springframework.data.domain.Pageable pageable) {
        Query query = visible(caller, districtCode);
        long total = mongo.count(query, FundingPlan.class);
        return new org.springframework.data.domain.PageImpl<>(mongo.find(query.with(pageable), FundingPlan.class),
                pageable, total);
    }

    private static Query visible(Caller caller, String districtCode) {
        List<Criteria> parts = new ArrayList<>();
        parts.add(caller.has(Role.RESIDENT) || caller.has(Role.OWNERS_COMMITTEE)
                ? where("communityId").is(caller.communityId() != null ? caller.communityId() : "\u0000none")
                : PlaceScope.of(caller, "districtCode", "streetCode"));
        if (districtCode != null) {
            parts.add(where("districtCode").is(districtCode));
        }
        return new Query(new Criteria().andOperator(parts));
    }

    private String fingerprint(Object request) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsBytes(request)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    static boolean isResidentChannel(String sourceKey) {
        return sourceKey.startsWith(FundingChannel.RESIDENTS.name() + ":");
    }
}

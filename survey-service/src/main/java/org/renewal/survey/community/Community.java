package org.renewal.survey.community;

import org.renewal.survey.eligibility.ManagementStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import java.util.Arrays;

import org.renewal.contracts.EventPayload;
import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.contracts.survey.CommunityRemovedFromReserve;
import org.renewal.contracts.survey.CommunityReserved;
import org.renewal.contracts.survey.CommunityUpdated;
import org.renewal.contracts.survey.EligibilityAssessed;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.contracts.survey.QuestionnaireTallied;
import org.renewal.platform.outbox.OutboxAggregate;
import org.renewal.platform.rules.DomainException;
import org.renewal.survey.eligibility.Assessment;
import org.renewal.survey.eligibility.EligibilityFacts;
import org.renewal.survey.eligibility.EligibilityOutcome;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community in the register: the aggregate that owns its buildings, their household rolls, the
 * residents' questionnaire answers, its eligibility and its place in the reserve library, and that
 * announces every change. Derived figures (counts, totals, eligibility, urgency) are stored beside
 * the data so lists can filter and sort on them; they are recomputed on every change, never typed.
 */
@Document("communities")
@CompoundIndexes({
    @CompoundIndex(name = "natural_key", def = "{'districtCode': 1, 'streetCode': 1, 'name': 1}", unique = true),
    @CompoundIndex(name = "reserve_order", def = "{'reserveStatus': 1, 'urgencyScore': -1}"),
    @CompoundIndex(name = "district_build_year", def = "{'districtCode': 1, 'buildYear': 1}")
})
class Community extends OutboxAggregate {

    static final String NO_LONGER_ELIGIBLE = "NO_LONGER_ELIGIBLE";
    static final String ELIGIBLE = "ELIGIBLE";

    private String name;
    /** The name as the natural key compares it ({@link CommunityNames#key}); unique per street with the codes. */
    private String nameKey;
    private String districtCode;
    private String streetCode;
    private String committeeCode;
    private String address;
    private Location location;
    private int buildYear;
    private PropertyRight propertyRight;
    private ManagementStatus managementStatus;
    private Integer lastRenovationYear;
    private boolean inDemolitionPlan;
    private List<FacilityDeficiency> facilityDeficiencies = List.of();
    private List<Building> buildings = List.of();
    private RecordedWillingness recordedWillingness;
    private List<QuestionnaireAnswer> answers = new ArrayList<>();

    // derived, stored for filters and sorting
    private int buildingCount;
    private int households;
    private BigDecimal floorArea;
    private int respondents;
    private int willingHouseholds;
    private Assessment assessment;
    private EligibilityOutcome eligibility;
    private BigDecimal urgencyScore;
    private ReserveEntry reserve = ReserveEntry.none();
    private ReserveStatus reserveStatus = ReserveStatus.NOT_RESERVED;

    private Instant registeredAt;
    private Instant updatedAt;
    /** Fingerprint of the request that created it under an Idempotency-Key, to spot a reused key. */
    private String requestFingerprint;

    protected Community() {
    }

    private Community(String id, String requestFingerprint) {
        super(id);
        this.requestFingerprint = requestFingerprint;
        this.registeredAt = Instant.now();
        this.updatedAt = registeredAt;
    }

    /** Enters a community in the register and records {@code CommunityRegistered}. */
    static Community register(String id, CommunityDetails details, String requestFingerprint) {
        Community community = new Community(id, requestFingerprint);
        community.apply(details, details.buildings());
        community.recordFacts(community.facts(true));
        return community;
    }

    /**
     * Replaces the register data. Buildings keep their household rolls by number; a building no longer
     * listed loses its roll. Records {@code CommunityUpdated} when anything changed.
     *
     * @return whether anything changed
     */
    boolean update(CommunityDetails details) {
        Map<String, Building> current = new LinkedHashMap<>();
        buildings.forEach(b -> current.put(b.number(), b));
        List<Building> merged = details.buildings().stream()
                .map(b -> current.containsKey(b.number()) ? current.get(b.number()).withRegistered(b) : b)
                .toList();
        CommunityFacts before = facts(false);
        Object[] otherBefore = otherFields();
        apply(details, merged);
        Set<String> kept = new HashSet<>(merged.stream().map(Building::number).toList());
        answers.removeIf(a -> !kept.contains(a.buildingNumber()));
        boolean changed = !before.equals(facts(false)) || !Arrays.equals(otherBefore, otherFields());
        if (changed) {
            touch();
            recordFacts(facts(false));
        }
        return changed;
    }

    /** Sets (or with an empty list, clears) a building's household roll; records the roll and new counts. */
    void replaceRoll(String buildingNumber, List<Household> roll) {
        Building building = building(buildingNumber);
        CommunityFacts before = facts(false);
        buildings = buildings.stream().map(b -> b == building ? b.withRoll(roll) : b).toList();
        derive();
        Set<String> ids = new HashSet<>(roll.stream().map(Household::householdId).toList());
        if (!roll.isEmpty()) {
            answers.removeIf(a -> a.buildingNumber().equals(buildingNumber) && !ids.contains(a.householdId()));
        }
        touch();
        record(new HouseholdRollChanged(id, buildingNumber, roll.stream()
                .map(h -> new HouseholdRollChanged.Household(h.householdId(), h.entrance(), h.floor(), h.room(),
                        h.exclusiveArea(), h.owner().key()))
                .toList(), roll.stream().map(Household::exclusiveArea).reduce(BigDecimal.ZERO, BigDecimal::add)));
        if (!before.equals(facts(false))) {
            recordFacts(facts(false));
        }
    }

    /** Records (or replaces) one household's questionnaire answer and the new tally. */
    void answer(QuestionnaireAnswer answer) {
        answers.removeIf(a -> a.householdId().equals(answer.householdId()));
        answers.add(answer);
        derive();
        touch();
        record(Questionnaires.tally(this));
    }

    void recordWillingness(RecordedWillingness figure) {
        this.recordedWillingness = figure;
        touch();
    }

    /**
     * Takes a fresh assessment: announces it when the decision, its reasons or the score changed, and
     * moves the community into or out of the reserve. A community an office removed stays out until
     * readmitted.
     */
    void reassess(Assessment fresh, String by) {
        Assessment previous = assessment;
        assessment = fresh;
        eligibility = fresh.outcome();
        urgencyScore = fresh.urgency().score();
        boolean changed = !fresh.sameDecisionAs(previous);
        if (changed) {
            record(new EligibilityAssessed(id, districtCode, streetCode, fresh.programmeYear(), fresh.outcome().name(),
                    fresh.clauses().stream()
                            .map(c -> new EligibilityAssessed.Clause(c.clause().name(), c.held())).toList(),
                    urgencyScore));
        }
        if (fresh.outcome().eligible() && reserveStatus == ReserveStatus.NOT_RESERVED) {
            enterReserve(ELIGIBLE, by);
        } else if (fresh.outcome().eligible() && reserveStatus == ReserveStatus.RESERVED && changed) {
            record(reserved(reserve.reason()));
        } else if (!fresh.outcome().eligible() && reserveStatus == ReserveStatus.RESERVED) {
            setReserve(ReserveStatus.NOT_RESERVED, NO_LONGER_ELIGIBLE, by);
            record(new CommunityRemovedFromReserve(id, true, NO_LONGER_ELIGIBLE));
        }
    }

    /** An office takes the community out of the reserve (it stays out until readmitted). */
    void removeFromReserve(String reason, String by) {
        if (reserveStatus != ReserveStatus.RESERVED) {
            throw DomainException.ruleViolated("NOT_IN_RESERVE", id, reserveStatus.name());
        }
        setReserve(ReserveStatus.REMOVED, reason, by);
        record(new CommunityRemovedFromReserve(id, false, reason));
    }

    /** An office brings a removed community back; only an eligible one. */
    void readmit(String reason, String by) {
        if (reserveStatus != ReserveStatus.REMOVED) {
            throw DomainException.ruleViolated("NOT_REMOVED_FROM_RESERVE", id, reserveStatus.name());
        }
        if (assessment == null || !assessment.outcome().eligible()) {
            throw DomainException.ruleViolated("NOT_ELIGIBLE_FOR_RESERVE", id);
        }
        enterReserve(reason, by);
    }

    private void enterReserve(String reason, String by) {
        setReserve(ReserveStatus.RESERVED, reason, by);
        record(reserved(reason));
    }

    private CommunityReserved reserved(String reason) {
        return new CommunityReserved(id, districtCode, streetCode, assessment.programmeYear(),
                assessment.outcome().name(), urgencyScore, buildYear, buildingCount, households, floorArea, reason);
    }

    private void setReserve(ReserveStatus status, String reason, String by) {
        reserveStatus = status;
        reserve = new ReserveEntry(status, reason, by, Instant.now());
        touch();
    }

    /** What the eligibility rule reads. */
    EligibilityFacts eligibilityFacts() {
        return new EligibilityFacts(buildYear, lastRenovationYear, inDemolitionPlan, facilityDeficiencies.size(),
                managementStatus, households, willingHouseholds,
                recordedWillingness == null ? null : recordedWillingness.willingHouseholds());
    }

    Building building(String number) {
        return buildings.stream().filter(b -> b.number().equals(number)).findFirst()
                .orElseThrow(() -> DomainException.notFound("BUILDING_NOT_FOUND", number, id));
    }

    private void apply(CommunityDetails d, List<Building> newBuildings) {
        this.name = d.name();
        this.nameKey = CommunityNames.key(d.name());
        this.districtCode = d.districtCode();
        this.streetCode = d.streetCode();
        this.committeeCode = d.committeeCode();
        this.address = d.address();
        this.location = d.location();
        this.buildYear = d.buildYear();
        this.propertyRight = d.propertyRight();
        this.managementStatus = d.managementStatus();
        this.lastRenovationYear = d.lastRenovationYear();
        this.inDemolitionPlan = d.inDemolitionPlan();
        this.facilityDeficiencies = List.copyOf(d.facilityDeficiencies());
        this.buildings = List.copyOf(newBuildings);
        derive();
    }

    private void derive() {
        buildingCount = buildings.size();
        households = buildings.stream().mapToInt(Building::households).sum();
        floorArea = buildings.stream().map(Building::floorArea).reduce(BigDecimal.ZERO, BigDecimal::add);
        respondents = answers.size();
        willingHouseholds = (int) answers.stream().filter(QuestionnaireAnswer::willing).count();
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    /** Fields outside the event snapshot whose change is still an update of the register. */
    private Object[] otherFields() {
        return new Object[] {address, location, managementStatus, lastRenovationYear, inDemolitionPlan,
            facilityDeficiencies, buildings.stream().map(b -> List.of(Objects.toString(b.floors()),
                    Objects.toString(b.registeredEntrances()), b.registeredHouseholds(), b.hasElevator())).toList()};
    }

    private CommunityFacts facts(boolean registered) {
        List<CommunityFacts.Building> snapshot = buildings.stream()
                .map(b -> new CommunityFacts.Building(b.number(), b.floors(), b.entrances(), b.households(),
                        b.floorArea(), b.hasElevator()))
                .toList();
        return registered
                ? new CommunityRegistered(id, name, districtCode, streetCode, committeeCode, buildYear,
                        propertyRight == null ? null : propertyRight.name(), snapshot, buildingCount, households,
                        floorArea, location == null ? null : location.latitude(),
                        location == null ? null : location.longitude())
                : new CommunityUpdated(id, name, districtCode, streetCode, committeeCode, buildYear,
                        propertyRight == null ? null : propertyRight.name(), snapshot, buildingCount, households,
                        floorArea, location == null ? null : location.latitude(),
                        location == null ? null : location.longitude());
    }

    private void recordFacts(CommunityFacts facts) {
        record((EventPayload) facts);
    }

    String name() { return name; }

    String nameKey() { return nameKey; }

    String districtCode() { return districtCode; }

    String streetCode() { return streetCode; }

    String committeeCode() { return committeeCode; }

    String address() { return address; }

    Location location() { return location; }

    int buildYear() { return buildYear; }

    PropertyRight propertyRight() { return propertyRight; }

    ManagementStatus managementStatus() { return managementStatus; }

    Integer lastRenovationYear() { return lastRenovationYear; }

    boolean inDemolitionPlan() { return inDemolitionPlan; }

    List<FacilityDeficiency> facilityDeficiencies() { return facilityDeficiencies; }

    List<Building> buildings() { return buildings; }

    RecordedWillingness recordedWillingness() { return recordedWillingness; }

    List<QuestionnaireAnswer> answers() { return answers == null ? List.of() : answers; }

    int buildingCount() { return buildingCount; }

    int households() { return households; }

    BigDecimal floorArea() { return floorArea; }

    int respondents() { return respondents; }

    int willingHouseholds() { return willingHouseholds; }

    Assessment assessment() { return assessment; }

    BigDecimal urgencyScore() { return urgencyScore; }

    ReserveEntry reserve() { return reserve; }

    Instant registeredAt() { return registeredAt; }

    Instant updatedAt() { return updatedAt; }

    String requestFingerprint() { return requestFingerprint; }
}

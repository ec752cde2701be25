package org.renewal.survey.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.bson.Document;
import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.ETags;
import org.renewal.platform.web.FieldProblem;
import org.renewal.platform.web.Paging;
import org.renewal.survey.eligibility.Assessment;
import org.renewal.survey.eligibility.EligibilityOutcome;
import org.renewal.survey.eligibility.EligibilityRule;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register's use cases. Every change goes through the aggregate, is reassessed for eligibility
 * and stored with its events in one write.
 */
@Service
public class CommunityService {

    /** Changes that carry no If-Match (answers, reserve decisions) retry this often on a concurrent write. */
    private static final int RETRIES = 8;

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;
    private final JsonMapper json;
    private final EligibilityRule rule;
    private final OwnerKeys ownerKeys;

    CommunityService(MongoTemplate mongo, OutboxWriter outbox, JsonMapper json, EligibilityRule rule,
                     OwnerKeys ownerKeys) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.json = json;
        this.rule = rule;
        this.ownerKeys = ownerKeys;
    }

    /**
     * Enters a community in the register. Under an {@code Idempotency-Key} the id is derived from the
     * key, so a retry finds the first community instead of creating a second.
     */
    Community register(Caller caller, CommunityRequests.Register request, String idempotencyKey) {
        requireOwnDistrict(caller, request);
        CommunityDetails details = validated(request);
        String id = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("community:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        String fingerprint = idempotencyKey == null ? null : fingerprint(request);
        Community sameName = sameName(details);
        if (sameName != null && !sameName.getId().equals(id)) {
            throw alreadyRegistered(sameName);
        }
        Community community = Community.register(id, details, fingerprint);
        community.reassess(rule.assess(community.eligibilityFacts()), caller.subject());
        try {
            return outbox.save(community);
        } catch (DuplicateKeyException duplicate) {
            Community first = idempotencyKey == null ? null : mongo.findById(id, Community.class);
            if (first == null) {
                throw alreadyRegistered(details);
            }
            if (!fingerprint.equals(first.requestFingerprint())) {
                throw ApiException.ruleViolated("IDEMPOTENCY_KEY_REUSED", idempotencyKey);
            }
            return first;
        }
    }

    /** What an imported entry did to the register. */
    public enum ImportOutcome { CREATED, UPDATED, UNCHANGED }

    /** The result of one imported entry: what it did to the register, or why it was refused. */
    public record ImportResult(ImportOutcome outcome, org.renewal.platform.web.Refusal refusal) {

        static ImportResult of(ImportOutcome outcome) {
            return new ImportResult(outcome, null);
        }

        static ImportResult refused(org.renewal.platform.web.Refusal refusal) {
            return new ImportResult(null, refusal);
        }
    }

    /**
     * Stores an imported entry by its natural key (district + street + name): registers it, or updates
     * the community already there, or leaves it as it is. The entry must be valid
     * ({@link #validate}); the caller is the one who submitted the import.
     */
    public ImportOutcome importEntry(CommunityRequests.Register request, Caller caller) {
        requireOwnDistrict(caller, request);
        CommunityDetails details = validated(request);
        for (int attempt = 1; ; attempt++) {
            Community existing = sameName(details);
            try {
                if (existing == null) {
                    Community community = Community.register(importedId(naturalKey(details.districtCode(),
                            details.streetCode(), CommunityNames.key(details.name()))), details, null);
                    community.reassess(rule.assess(community.eligibilityFacts()), caller.subject());
                    outbox.save(community);
                    return ImportOutcome.CREATED;
                }
                if (!existing.update(details)) {
                    return ImportOutcome.UNCHANGED;
                }
                existing.reassess(rule.assess(existing.eligibilityFacts()), caller.subject());
                outbox.save(existing);
                return ImportOutcome.UPDATED;
            } catch (OptimisticLockingFailureException | DuplicateKeyException concurrent) {
                // someone changed or created it meanwhile: read again and decide again
                if (attempt == RETRIES) {
                    throw concurrent;
                }
            }
        }
    }

    /**
     * Stores a batch of imported entries (valid, one per natural key): new communities in one bulk
     * insert, existing ones one by one. The result for each entry is its outcome, or the refusal
     * (another district, a rule of the register).
     */
    public List<ImportResult> importEntries(List<CommunityRequests.Register> entries, Caller caller) {
        ImportResult[] results = new ImportResult[entries.size()];
        Map<String, Integer> fresh = new LinkedHashMap<>();
        List<CommunityDetails> details = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CommunityDetails d = null;
            try {
                requireOwnDistrict(caller, entries.get(i));
                d = validated(entries.get(i));
            } catch (org.renewal.platform.web.Refusal refused) {
                results[i] = ImportResult.refused(refused);
            }
            details.add(d);
        }
        // an imported community's id follows from its natural key, so one lookup by id (the primary index, on
        // any store) finds what earlier imports stored; one registered through the API under another id is
        // caught by the natural-key unique index at insert, and the batch is then decided one by one
        Map<String, String> keyById = new HashMap<>();
        details.stream().filter(java.util.Objects::nonNull).forEach(d -> {
            String key = naturalKey(d.districtCode(), d.streetCode(), CommunityNames.key(d.name()));
            keyById.put(importedId(key), key);
        });
        Set<String> existing = new HashSet<>();
        storedIds(keyById.keySet()).forEach(id -> existing.add(keyById.get(id)));
        List<Community> inserts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CommunityDetails d = details.get(i);
            if (d == null) {
                continue;
            }
            String key = naturalKey(d.districtCode(), d.streetCode(), CommunityNames.key(d.name()));
            if (existing.contains(key)) {
                results[i] = ImportResult.of(importEntry(entries.get(i), caller));
            } else {
                Community community = Community.register(importedId(key), d, null);
                community.reassess(rule.assess(community.eligibilityFacts()), caller.subject());
                inserts.add(community);
                fresh.put(key, i);
            }
        }
        try {
            outbox.insertAll(Community.class, inserts);
            fresh.values().forEach(i -> results[i] = ImportResult.of(ImportOutcome.CREATED));
        } catch (DuplicateKeyException taken) {
            // one of them is registered already under another id (through the API), or someone registered it
            // meanwhile: the bulk insert stopped there. Those it stored before are created; the rest is
            // decided again one by one.
            Set<String> stored = storedIds(inserts.stream().map(Community::getId).toList());
            fresh.forEach((key, i) -> results[i] = ImportResult.of(stored.contains(importedId(key))
                    ? ImportOutcome.CREATED : importEntry(entries.get(i), caller)));
        }
        return Arrays.asList(results);
    }

    /** District, street and the name's key ({@link CommunityNames#key}): one community per natural key. */
    private static String naturalKey(String district, String street, String nameKey) {
        return district + "|" + street + "|" + nameKey;
    }

    /** The community of the street whose name is the same as this one's, as the natural key compares names. */
    private Community sameName(CommunityDetails details) {
        return mongo.findOne(Query.query(where("districtCode").is(details.districtCode())
                .and("streetCode").is(details.streetCode()).and("nameKey").is(CommunityNames.key(details.name()))),
                Community.class);
    }

    /** Which of these community ids are stored: one query through the primary index. */
    private Set<String> storedIds(java.util.Collection<String> ids) {
        Query query = Query.query(where("_id").in(ids));
        query.fields().include("_id");
        Set<String> stored = new HashSet<>();
        mongo.find(query, Document.class, mongo.getCollectionName(Community.class))
                .forEach(c -> stored.add(String.valueOf(c.get("_id"))));
        return stored;
    }

    /** The id an import gives the community of a natural key: the same on every run of the same register. */
    private static String importedId(String naturalKey) {
        return UUID.nameUUIDFromBytes(("community:" + naturalKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Problems of an entry beyond single fields, as the API reports them (message keys). */
    public static List<FieldProblem> validate(CommunityRequests.Register request) {
        return CommunityValidation.problems(request);
    }

    /** Replaces a community's register entry; {@code If-Match} must name its current version. */
    Community update(Caller caller, String id, String ifMatch, CommunityRequests.Register request) {
        Community community = get(caller, id);
        ETags.requireMatch(ifMatch, community.getVersion());
        requireOwnDistrict(caller, request);
        CommunityDetails details = validated(request);
        Community sameName = sameName(details);
        if (sameName != null && !sameName.getId().equals(id)) {
            throw alreadyRegistered(sameName);
        }
        if (community.update(details)) {
            community.reassess(rule.assess(community.eligibilityFacts()), caller.subject());
            try {
                return outbox.save(community);
            } catch (DuplicateKeyException sameNaturalKey) {
                throw alreadyRegistered(details);
            }
        }
        return community;
    }

    /** Sets one building's household roll; {@code If-Match} must name the community's current version. */
    /**
     * Replaces a building's roll. If-Match is the roll's own version (its ETag), so two streets entering two
     * buildings' rolls of one community never refuse each other; the community document's concurrent changes are
     * retried.
     */
    Community replaceRoll(Caller caller, String id, String buildingNumber, String ifMatch, CommunityRequests.Roll request) {
        Community community = get(caller, id);
        Building building = community.building(buildingNumber);
        ETags.requireMatch(ifMatch, building.rollVersion());
        List<FieldProblem> errors = new ArrayList<>();
        Set<String> rooms = new HashSet<>();
        List<Household> roll = new ArrayList<>();
        for (int i = 0; i < request.households().size(); i++) {
            CommunityRequests.HouseholdInput h = request.households().get(i);
            String path = "households[" + i + "]";
            if (building.floors() != null && h.floor() > building.floors()) {
                errors.add(new FieldProblem(path + ".floor", "roll.floorAboveBuilding"));
            }
            if (!rooms.add(h.entrance() + "-" + h.room())) {
                errors.add(new FieldProblem(path + ".room", "roll.duplicateRoom"));
            }
            CommunityRequests.OwnerInput o = h.owner();
            if (o.idNumber() != null && !OwnerKeys.validIdNumber(o.idNumber())) {
                errors.add(new FieldProblem(path + ".owner.idNumber", "roll.idNumberCheckDigit"));
            }
            if (o.idNumber() == null && o.phone() == null) {
                errors.add(new FieldProblem(path + ".owner", "roll.ownerUnidentified"));
            }
            if (errors.isEmpty()) {
                String idNumber = o.idNumber() == null ? null : o.idNumber().toUpperCase(Locale.ROOT);
                roll.add(new Household(Household.id(building.number(), h.entrance(), h.room()), h.entrance(),
                        h.floor(), h.room(), h.exclusiveArea(), new Household.Owner(o.name().strip(), idNumber,
                                o.phone(), ownerKeys.keyOf(community.districtCode(), idNumber, o.name(), o.phone()))));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return outbox.change(() -> get(caller, id), current -> {
            ETags.requireMatch(ifMatch, current.building(buildingNumber).rollVersion());
            current.replaceRoll(building.number(), roll);
            current.reassess(rule.assess(current.eligibilityFacts()), caller.subject());
        });
    }

    /** Records a willingness figure from a survey outside the questionnaire. */
    Community recordWillingness(Caller caller, String id, CommunityRequests.Willingness request) {
        return change(caller, id, community -> {
            if (request.willingHouseholds() > community.households()) {
                throw ApiException.invalid(List.of(new FieldProblem("willingHouseholds",
                        "willingness.moreThanHouseholds")));
            }
            community.recordWillingness(new RecordedWillingness(request.willingHouseholds(), request.surveyedOn(),
                    request.note() == null ? null : request.note().strip()));
        });
    }

    Community removeFromReserve(Caller caller, String id, String reason) {
        String by = caller.subject();
        return change(caller, id, community -> community.removeFromReserve(reason.strip(), by));
    }

    Community readmitToReserve(Caller caller, String id, String reason) {
        String by = caller.subject();
        return change(caller, id, community -> community.readmit(reason.strip(), by));
    }

    /** The assessment for a programme year: the stored one for the default year, else computed now. */
    Assessment eligibility(Caller caller, String id, Integer year) {
        Community community = get(caller, id);
        if ((year == null || year == rule.defaultYear()) && community.assessment() != null
                && community.assessment().programmeYear() == rule.defaultYear()
                && rule.settings().digest().equals(community.assessment().settingsDigest())) {
            return community.assessment();
        }
        return rule.assess(community.eligibilityFacts(), year == null ? rule.defaultYear() : year);
    }

    /**
     * Applies a change that needs no If-Match (it cannot overwrite anyone's edit), reassesses, and stores
     * it; on a concurrent write it reads again and retries.
     */
    Community change(Caller caller, String id, Consumer<Community> change) {
        String by = caller.subject();
        return outbox.change(() -> get(caller, id), community -> {
            change.accept(community);
            community.reassess(rule.assess(community.eligibilityFacts()), by);
        });
    }

    /** Reassesses one community whose assessment is for another year or other settings; false if current. */
    boolean reassessIfStale(String id) {
        Community community = mongo.findById(id, Community.class);
        if (community == null) {
            return false;
        }
        Assessment current = community.assessment();
        if (current != null && current.programmeYear() == rule.defaultYear()
                && rule.settings().digest().equals(current.settingsDigest())) {
            return false;
        }
        community.reassess(rule.assess(community.eligibilityFacts()), "system");
        outbox.save(community);
        return true;
    }

    /** Ids of communities assessed for another year or with other settings. */
    List<String> staleAssessments(int limit) {
        Query query = new Query(new Criteria().orOperator(
                where("assessment.programmeYear").ne(rule.defaultYear()),
                where("assessment.settingsDigest").ne(rule.settings().digest())));
        query.fields().include("_id");
        return mongo.find(query.limit(limit), Community.class).stream().map(Community::getId).toList();
    }

    /** A community the caller may see, whole; another district's is "not found", not "forbidden". */
    Community get(Caller caller, String id) {
        Community community = mongo.findById(id, Community.class);
        if (community == null || !caller.sees(community.districtCode(), community.streetCode())) {
            throw ApiException.notFound("COMMUNITY_NOT_FOUND", id);
        }
        return community;
    }

    /**
     * 404 unless the community exists and the caller may see it, reading only its place (a community document holds
     * every household of its rolls and every questionnaire answer): the check a write's route runs first.
     */
    void requireVisible(Caller caller, String id) {
        Query place = Query.query(where("_id").is(id));
        place.fields().include("districtCode").include("streetCode");
        Document found = mongo.findOne(place, Document.class, mongo.getCollectionName(Community.class));
        if (found == null || !caller.sees(found.getString("districtCode"), found.getString("streetCode"))) {
            throw ApiException.notFound("COMMUNITY_NOT_FOUND", id);
        }
    }

    /** Whether the community exists and the caller may see it; for other parts of the service. */
    public CommunityPlace place(Caller caller, String id) {
        Community community = get(caller, id);
        return new CommunityPlace(community.getId(), community.name(), community.districtCode(),
                community.streetCode());
    }

    /** A page of the register as the caller may see it, without rolls and answers (never saved). */
    Page<Community> list(Caller caller, CommunityFilter filter, Pageable pageable) {
        Query query = new Query(new Criteria().andOperator(filter.criteria(),
                PlaceScope.of(caller, "districtCode", "streetCode")));
        long total = mongo.count(query, Community.class);
        // the urgency score is shown in the eligibility summary, stored beside it
        query.with(Paging.stored(pageable, Map.of("eligibility.urgencyScore", "urgencyScore")));
        query.fields().exclude("buildings.roll", "answers", "pendingEvents");
        return new PageImpl<>(mongo.find(query, Community.class), pageable, total);
    }

    private CommunityDetails validated(CommunityRequests.Register r) {
        List<FieldProblem> errors = CommunityValidation.problems(r);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return CommunityValidation.details(r);
    }

    private static void requireOwnDistrict(Caller caller, CommunityRequests.Register request) {
        if (!caller.sees(request.districtCode(), request.streetCode())) {
            // a district office registers only in its own district
            throw new ApiException(HttpStatus.FORBIDDEN, "OUTSIDE_YOUR_DISTRICT",
                    List.of(new FieldProblem("districtCode", "access.outsideDistrict")), request.districtCode());
        }
    }

    /** 409 naming the community registered under the same natural key (a unique index refused the write). */
    private ApiException alreadyRegistered(CommunityDetails details) {
        Community existing = sameName(details);
        return existing != null ? alreadyRegistered(existing) : new ApiException(HttpStatus.CONFLICT,
                "COMMUNITY_ALREADY_REGISTERED", List.of(new FieldProblem("name", "community.nameTaken")),
                details.name(), details.streetCode(), "");
    }

    /** 409 naming the existing community: its name as written and its id. */
    private static ApiException alreadyRegistered(Community existing) {
        return new ApiException(HttpStatus.CONFLICT, "COMMUNITY_ALREADY_REGISTERED",
                List.of(new FieldProblem("name", "community.nameTaken")), existing.name(), existing.streetCode(),
                existing.getId());
    }

    private String fingerprint(CommunityRequests.Register request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A community's identity and place, for other parts of survey-service. */
    public record CommunityPlace(String id, String name, String districtCode, String streetCode) {
    }

    /** Filters of the register list; each given one narrows it. */
    record CommunityFilter(String districtCode, String streetCode, Integer buildYearFrom, Integer buildYearTo,
                           EligibilityOutcome eligibility, ReserveStatus reserveStatus, String name) {

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
            if (eligibility != null) {
                parts.add(where("eligibility").is(eligibility));
            }
            if (reserveStatus != null) {
                parts.add(where("reserveStatus").is(reserveStatus));
            }
            if (name != null && !name.isBlank()) {
                parts.add(where("name").regex(Pattern.quote(name.strip())));
            }
            return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
        }
    }
}

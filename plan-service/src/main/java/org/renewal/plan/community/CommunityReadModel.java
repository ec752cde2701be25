package org.renewal.plan.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.contracts.survey.CommunityRemovedFromReserve;
import org.renewal.contracts.survey.CommunityReserved;
import org.renewal.contracts.survey.EligibilityAssessed;
import org.renewal.contracts.survey.HouseholdRollChanged;
import org.renewal.contracts.survey.QuestionnaireTallied;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.events.EventEnvelope;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Applies survey's community events to plan-service's read models, each at most once: the community
 * (facts, eligibility, reserve, questionnaire tallies) and its buildings' household rolls.
 */
@Service
public class CommunityReadModel {

    private final ReadModelUpdates updates;
    private final MongoTemplate mongo;

    CommunityReadModel(ReadModelUpdates updates, MongoTemplate mongo) {
        this.updates = updates;
        this.mongo = mongo;
    }

    /** @return whether the change was applied (false for a duplicate or an older event) */
    public boolean applyToCommunity(ReadModelUpdates.Change change) {
        return updates.applyIfNewer(PlanCommunity.class, change.id(), change.sourceVersion(), change.update());
    }

    /** @return whether the change was applied (false for a duplicate or an older event) */
    public boolean applyToRoll(ReadModelUpdates.Change change) {
        return updates.applyIfNewer(HouseholdRoll.class, change.id(), change.sourceVersion(), change.update());
    }

    /** What the event changes in the community's document (for {@link #applyAll}). */
    public ReadModelUpdates.Change change(EventEnvelope envelope, CommunityFacts event) {
        Update update = new Update()
                .set("name", event.name())
                .set("districtCode", event.districtCode())
                .set("streetCode", event.streetCode())
                .set("buildYear", event.buildYear())
                .set("buildingCount", event.buildingCount())
                .set("households", event.households())
                .set("floorArea", event.floorArea())
                .set("buildings", event.buildings().stream()
                        .map(b -> new PlanCommunity.BuildingFacts(b.number(), b.floors(), b.entrances(), b.households(),
                                b.floorArea(), b.hasElevator()))
                        .toList())
                .setOnInsert("registeredAt", envelope.occurredAt());
        return community(envelope, event.communityId(), update);
    }

    public ReadModelUpdates.Change change(EventEnvelope envelope, EligibilityAssessed event) {
        return community(envelope, event.communityId(), new Update().set("eligibility", event.outcome())
                .set("urgencyScore", event.urgencyScore()));
    }

    public ReadModelUpdates.Change change(EventEnvelope envelope, CommunityReserved event) {
        return community(envelope, event.communityId(), new Update().set("reserveStatus", "RESERVED")
                .set("eligibility", event.outcome()).set("urgencyScore", event.urgencyScore()));
    }

    public ReadModelUpdates.Change change(EventEnvelope envelope, CommunityRemovedFromReserve event) {
        return community(envelope, event.communityId(), new Update().set("reserveStatus", "NOT_RESERVED"));
    }

    public ReadModelUpdates.Change change(EventEnvelope envelope, QuestionnaireTallied event) {
        return community(envelope, event.communityId(), new Update().set("tally", new PlanCommunity.Tally(
                event.respondents(), event.willing(), event.items().stream()
                        .map(i -> new PlanCommunity.ItemCount(i.code(), i.households())).toList())));
    }

    /** What the event changes in the building's household roll (for {@link #applyAll}). */
    public ReadModelUpdates.Change change(EventEnvelope envelope, HouseholdRollChanged event) {
        List<HouseholdRoll.Household> households = event.households().stream()
                .map(h -> new HouseholdRoll.Household(h.householdId(), h.entrance(), h.floor(), h.room(),
                        h.exclusiveArea(), h.ownerKey()))
                .toList();
        Update update = new Update().set("communityId", event.communityId())
                .set("buildingNumber", event.buildingNumber()).set("households", households);
        return new ReadModelUpdates.Change(HouseholdRoll.idOf(event.communityId(), event.buildingNumber()),
                envelope.aggregateVersion(), update);
    }

    /**
     * Applies a batch of events' changes, in the order the events came, with the outcome of applying each in
     * turn: one bulk write of the communities and one of the rolls ({@link ReadModelUpdates#applyAllIfNewer}).
     */
    public void applyAll(List<ReadModelUpdates.Change> communityChanges, List<ReadModelUpdates.Change> rollChanges) {
        if (!communityChanges.isEmpty()) {
            updates.applyAllIfNewer(PlanCommunity.class, communityChanges);
        }
        if (!rollChanges.isEmpty()) {
            updates.applyAllIfNewer(HouseholdRoll.class, rollChanges);
        }
    }

    /** The rolls of a community's buildings. */
    public List<HouseholdRoll> rolls(String communityId) {
        return mongo.find(query(where("communityId").is(communityId)), HouseholdRoll.class);
    }

    public PlanCommunity find(String communityId) {
        return mongo.findById(communityId, PlanCommunity.class);
    }

    private static ReadModelUpdates.Change community(EventEnvelope envelope, String communityId, Update update) {
        return new ReadModelUpdates.Change(communityId, envelope.aggregateVersion(), update.set("updatedAt", Instant.now()));
    }
}

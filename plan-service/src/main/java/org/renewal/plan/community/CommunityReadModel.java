package org.renewal.plan.community;

import java.time.Instant;

import org.renewal.contracts.survey.CommunityFacts;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.events.EventEnvelope;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Applies survey's community events (registered, updated) to the read model, each at most once. */
@Service
public class CommunityReadModel {

    private final ReadModelUpdates updates;

    CommunityReadModel(ReadModelUpdates updates) {
        this.updates = updates;
    }

    /** @return whether the event changed the read model (false for a duplicate or an older event) */
    public boolean apply(EventEnvelope envelope, CommunityFacts event) {
        Update update = new Update()
                .set("name", event.name())
                .set("districtCode", event.districtCode())
                .set("streetCode", event.streetCode())
                .set("buildYear", event.buildYear())
                .set("buildingCount", event.buildingCount())
                .set("households", event.households())
                .set("floorArea", event.floorArea())
                .setOnInsert("registeredAt", envelope.occurredAt())
                .set("updatedAt", Instant.now());
        return updates.applyIfNewer(PlanCommunity.class, event.communityId(), envelope.aggregateVersion(), update);
    }
}

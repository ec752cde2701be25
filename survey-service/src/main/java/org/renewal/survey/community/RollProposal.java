package org.renewal.survey.community;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A household roll another system proposes for a building (the real-estate register's owners, 不动产登记), kept until
 * the street or the district office confirms it — then it becomes the building's roll exactly as if the office had
 * entered it — or rejects it with a reason. The proposer's key makes a retried proposal the same proposal.
 */
@Document("roll_proposals")
record RollProposal(
        @Id String id,
        @Version Long version,
        String communityId,
        String districtCode,
        String streetCode,
        String buildingNumber,
        String reference,
        CommunityRequests.Roll roll,
        String proposedBy,
        Instant proposedAt,
        Status status,
        String decidedBy,
        Instant decidedAt,
        String reason) {

    enum Status { PROPOSED, CONFIRMED, REJECTED }

    RollProposal decided(Status outcome, String by, Instant at, String why) {
        return new RollProposal(id, version, communityId, districtCode, streetCode, buildingNumber, reference, roll,
                proposedBy, proposedAt, outcome, by, at, why);
    }
}

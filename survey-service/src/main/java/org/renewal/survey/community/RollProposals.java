package org.renewal.survey.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.ETags;
import org.renewal.platform.web.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;

/**
 * Household rolls proposed by another system and decided by an office: the register proposes (scope
 * {@code survey.rolls.propose}, its places only, an Idempotency-Key required), the street or the district office of
 * the community confirms — the roll then replaces the building's roll through {@link CommunityService#replaceRoll},
 * with every check an office's own entry has — or rejects it with a reason. A decided proposal stays decided.
 */
@Service
class RollProposals {

    private final MongoTemplate mongo;
    private final CommunityService communities;

    RollProposals(MongoTemplate mongo, CommunityService communities) {
        this.mongo = mongo;
        this.communities = communities;
    }

    RollProposal propose(Caller caller, String communityId, String buildingNumber, String key, String reference,
                         CommunityRequests.Roll roll) {
        if (key == null || key.isBlank()) {
            throw ApiException.invalid(List.of(new FieldProblem("Idempotency-Key", "proposal.idempotencyKeyRequired")));
        }
        Community community = communities.get(caller, communityId);
        community.building(buildingNumber);
        String id = UUID.nameUUIDFromBytes(("roll-proposal:" + caller.subject() + ":" + key)
                .getBytes(StandardCharsets.UTF_8)).toString();
        RollProposal first = mongo.findById(id, RollProposal.class);
        if (first != null) {
            return first;
        }
        try {
            return mongo.insert(new RollProposal(id, null, communityId, community.districtCode(),
                    community.streetCode(), buildingNumber, reference, roll, caller.subject(), Instant.now(),
                    RollProposal.Status.PROPOSED, null, null, null));
        } catch (DuplicateKeyException sameKeyAtOnce) {
            return mongo.findById(id, RollProposal.class);
        }
    }

    /** The proposal if the caller may see it: the offices of its place, and the system that proposed it. */
    RollProposal get(Caller caller, String id) {
        RollProposal p = mongo.findById(id, RollProposal.class);
        boolean visible = p != null && (caller.has(Role.INTEGRATION) ? caller.subject().equals(p.proposedBy())
                : caller.sees(p.districtCode(), p.streetCode()));
        if (!visible) {
            throw ApiException.notFound("ROLL_PROPOSAL_NOT_FOUND", id);
        }
        return p;
    }

    PagedModel<RollProposal> list(Caller caller, RollProposal.Status status, Pageable pageable) {
        List<Criteria> parts = new ArrayList<>();
        if (caller.has(Role.INTEGRATION)) {
            parts.add(where("proposedBy").is(caller.subject()));
        } else if (caller.streetCode() != null) {
            parts.add(where("streetCode").is(caller.streetCode()));
        } else if (!caller.cityWide()) {
            parts.add(where("districtCode").is(caller.districtCode()));
        }
        if (status != null) {
            parts.add(where("status").is(status));
        }
        Query query = new Query(parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts));
        long total = mongo.count(query, RollProposal.class);
        return new PagedModel<>(new PageImpl<>(mongo.find(query.with(pageable), RollProposal.class), pageable, total));
    }

    /** Confirms: the proposed roll becomes the building's roll (the office's own checks apply; a 400 names the row). */
    RollProposal confirm(Caller caller, String id) {
        RollProposal p = undecided(caller, id);
        Community community = communities.get(caller, p.communityId());
        communities.replaceRoll(caller, p.communityId(), p.buildingNumber(),
                ETags.of(community.building(p.buildingNumber()).rollVersion()), p.roll());
        return mongo.save(p.decided(RollProposal.Status.CONFIRMED, caller.subject(), Instant.now(), null));
    }

    RollProposal reject(Caller caller, String id, String reason) {
        RollProposal p = undecided(caller, id);
        return mongo.save(p.decided(RollProposal.Status.REJECTED, caller.subject(), Instant.now(), reason));
    }

    private RollProposal undecided(Caller caller, String id) {
        RollProposal p = get(caller, id);
        if (p.status() != RollProposal.Status.PROPOSED) {
            throw ApiException.conflict("ROLL_PROPOSAL_DECIDED", id, p.status().name());
        }
        return p;
    }
}

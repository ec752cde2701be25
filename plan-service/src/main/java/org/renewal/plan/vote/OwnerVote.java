package org.renewal.plan.vote;

import org.renewal.platform.rules.OwnersVote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.renewal.contracts.plan.OwnerVoteClosed;
import org.renewal.platform.outbox.OutboxAggregate;
import org.renewal.platform.rules.DomainException;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An owners' vote on one matter: its electorate fixed from the household roll when it opens, the
 * owners' ballots, and — once closed — its result by Civil Code art. 278.
 */
@Document("owner_votes")
@CompoundIndex(name = "community_matter", def = "{'communityId': 1, 'matter': 1, 'status': 1}")
class OwnerVote extends OutboxAggregate {

    enum Status { OPEN, CLOSED }

    /** An owner of the electorate: key, exclusive area in hundredths of m², and their households. */
    record Elector(String ownerKey, long area, List<String> householdIds) {
    }

    private String communityId;
    private String districtCode;
    private String streetCode;
    private VoteMatter matter;
    private String title;
    private String buildingNumber;
    private String entrance;
    private Status status;
    private List<Elector> electorate = List.of();
    private List<Ballot> ballots = new ArrayList<>();
    private OwnersVote.Result result;
    private String openedBy;
    private Instant openedAt;
    private String closedBy;
    private Instant closedAt;

    protected OwnerVote() {
    }

    static OwnerVote open(String id, String communityId, String districtCode, String streetCode, VoteMatter matter,
                          String title, String buildingNumber, String entrance, List<Elector> electorate, String by) {
        OwnerVote vote = new OwnerVote();
        vote.id = id;
        vote.communityId = communityId;
        vote.districtCode = districtCode;
        vote.streetCode = streetCode;
        vote.matter = matter;
        vote.title = title;
        vote.buildingNumber = buildingNumber;
        vote.entrance = entrance;
        vote.electorate = List.copyOf(electorate);
        vote.status = Status.OPEN;
        vote.openedBy = by;
        vote.openedAt = Instant.now();
        return vote;
    }

    /** Records the owner's ballot for a household of the electorate, replacing the owner's earlier one. */
    void cast(String householdId, Ballot.Choice choice, Ballot.Channel channel, String by) {
        if (status != Status.OPEN) {
            throw DomainException.ruleViolated("VOTE_CLOSED", id);
        }
        Elector owner = electorate.stream().filter(e -> e.householdIds().contains(householdId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("NOT_IN_ELECTORATE", householdId, id));
        ballots.removeIf(b -> b.ownerKey().equals(owner.ownerKey()));
        ballots.add(new Ballot(owner.ownerKey(), householdId, choice, channel, by, Instant.now()));
    }

    /**
     * Records a stack of paper ballots at once (one change of the vote): each row is recorded as {@link #cast} would,
     * or refused on its own (a household not in the electorate) without holding back the others.
     *
     * @return per row, in order: null when recorded, else the refusal's code
     */
    List<String> castPaper(List<Map.Entry<String, Ballot.Choice>> rows, String by) {
        if (status != Status.OPEN) {
            throw DomainException.ruleViolated("VOTE_CLOSED", id);
        }
        List<String> outcomes = new ArrayList<>();
        for (Map.Entry<String, Ballot.Choice> row : rows) {
            try {
                cast(row.getKey(), row.getValue(), Ballot.Channel.PAPER, by);
                outcomes.add(null);
            } catch (DomainException refused) {
                outcomes.add(refused.code());
            }
        }
        return outcomes;
    }

    /** Closes the vote, fixes its result and announces it. */
    void close(String by) {
        if (status != Status.OPEN) {
            throw DomainException.ruleViolated("VOTE_CLOSED", id);
        }
        result = tally();
        status = Status.CLOSED;
        closedBy = by;
        closedAt = Instant.now();
        OwnersVote.Counts c = counts();
        record(new OwnerVoteClosed(id, communityId, matter.name(), buildingNumber, entrance, result.valid(),
                result.passed(), m2(c.totalArea()), c.totalOwners(), m2(c.participatingArea()),
                c.participatingOwners(), m2(c.yesArea()), c.yesOwners()));
    }

    /** The result as the ballots stand (final once closed). */
    OwnersVote.Result tally() {
        return status == Status.CLOSED && result != null ? result : OwnersVote.decide(matter.special(), counts());
    }

    OwnersVote.Counts counts() {
        Map<String, Elector> byKey = electorate.stream().collect(Collectors.toMap(Elector::ownerKey,
                Function.identity()));
        long totalArea = electorate.stream().mapToLong(Elector::area).reduce(0L, Math::addExact);
        long inArea = 0;
        long yesArea = 0;
        int yes = 0;
        for (Ballot ballot : ballots) {
            long area = byKey.get(ballot.ownerKey()).area();
            inArea = Math.addExact(inArea, area);
            if (ballot.choice() == Ballot.Choice.YES) {
                yesArea = Math.addExact(yesArea, area);
                yes++;
            }
        }
        return new OwnersVote.Counts(totalArea, electorate.size(), inArea, ballots.size(), yesArea, yes);
    }

    private static BigDecimal m2(long centiares) {
        return BigDecimal.valueOf(centiares, 2);
    }

    String communityId() { return communityId; }

    String districtCode() { return districtCode; }

    String streetCode() { return streetCode; }

    VoteMatter matter() { return matter; }

    String title() { return title; }

    String buildingNumber() { return buildingNumber; }

    String entrance() { return entrance; }

    Status status() { return status; }

    List<Elector> electorate() { return electorate; }

    List<Ballot> ballots() { return ballots; }

    String openedBy() { return openedBy; }

    Instant openedAt() { return openedAt; }

    String closedBy() { return closedBy; }

    Instant closedAt() { return closedAt; }

    boolean passed() { return status == Status.CLOSED && result != null && result.passed(); }
}

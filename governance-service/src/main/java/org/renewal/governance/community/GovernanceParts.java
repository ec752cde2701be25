package org.renewal.governance.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.renewal.platform.rules.OwnersVote;
import io.swagger.v3.oas.annotations.media.Schema;

/** The parts of a governance record, as stored. */
final class GovernanceParts {

    private GovernanceParts() {
    }

    /** A member of a group or committee. */
    record Member(String name, @Schema(example = "组长") String position) {
    }

    /** The preparatory group (筹备组) of the owners' committee, chaired by a street official. */
    record PreparatoryGroup(String chair, List<Member> members, LocalDate formedOn, String recordedBy) {
    }

    /** A resident self-governance group (居民自治小组). */
    record SelfGovernanceGroup(List<Member> members, LocalDate formedOn, String recordedBy, Instant recordedAt) {
    }

    /** A candidate: an owner (by a household of theirs) standing for the committee. */
    record Candidate(String householdId, String name, String ownerKey) {

        Candidate withName(String given) {
            return new Candidate(householdId, given.strip(), ownerKey);
        }
    }

    /** An owner of the electorate: key, exclusive area in hundredths of m², households. */
    record Elector(String ownerKey, long area, List<String> householdIds) {
    }

    /** An owner's ballot: the candidates (by household id) they vote for. */
    record Ballot(String ownerKey, String householdId, List<String> candidates, String channel, String recordedBy,
                  Instant at) {
    }

    /** One candidate's result: the vote for them by Civil Code art. 278 (more than half of the participants). */
    record CandidateResult(String householdId, String name, long yesArea, int yesOwners, boolean elected,
                           OwnersVote.Result vote) {
    }

    /**
     * An owners' committee election (业委会选举). The electorate is fixed when it opens: every owner of the rolls of
     * all of {@code buildings} (the community's buildings then), each once. Status OPEN, CLOSED or CANCELLED.
     */
    record Election(String id, int seats, int termYears, List<Candidate> candidates, List<String> buildings,
                    List<Elector> electorate, List<Ballot> ballots, String status, boolean valid,
                    List<CandidateResult> results, String openedBy, Instant openedAt, Instant closedAt,
                    Cancellation cancellation) {

        static final String OPEN = "OPEN";
        static final String CLOSED = "CLOSED";
        static final String CANCELLED = "CANCELLED";

        Election withBallots(List<Ballot> changed) {
            return new Election(id, seats, termYears, candidates, buildings, electorate, List.copyOf(changed), status,
                    false, List.of(), openedBy, openedAt, null, null);
        }

        Election closed(boolean isValid, List<CandidateResult> finalResults, Instant at) {
            return new Election(id, seats, termYears, candidates, buildings, electorate, ballots, CLOSED, isValid,
                    finalResults, openedBy, openedAt, at, null);
        }

        Election cancelled(Cancellation why) {
            return new Election(id, seats, termYears, candidates, buildings, electorate, ballots, CANCELLED, false,
                    List.of(), openedBy, openedAt, why.at(), why);
        }

        /** The electorate's exclusive area in hundredths of m². */
        long electorateArea() {
            return electorate.stream().mapToLong(Elector::area).reduce(0L, Math::addExact);
        }
    }

    /** Why and by whom an open election was cancelled (its ballots are kept, nothing is decided). */
    record Cancellation(String reason, String by, Instant at) {
    }

    /** The owners' committee (业主委员会): members, term, filing (备案) with the street office. */
    record Committee(String electionId, List<Member> members, LocalDate termStart, LocalDate termEnd, LocalDate filedOn,
                     String filingNo) {
    }

    /** The party branch or group (党支部/党小组). */
    record PartyBranch(@Schema(example = "STANDALONE") String type, LocalDate foundedOn, String secretary, int memberCount, String recordedBy) {
    }

    /**
     * The owners' decision behind engaging a property manager: a passed owners' vote of plan-service on
     * {@code HIRE_PROPERTY_MANAGEMENT} (Civil Code art. 278 (四): more than half of the participating area and
     * owners), as governance received it.
     */
    record OwnersDecision(String voteId, LocalDate decidedOn, String participatingArea, int participatingOwners,
                          String yesArea, int yesOwners, String description) {
    }

    /** Property management after renovation. */
    record PropertyManager(@Schema(example = "RED_PROPERTY") String mode, String company, String creditCode, LocalDate contractStart,
                           LocalDate contractEnd, String serviceStandard, boolean earlyInvolvement, Long monthlyFeePerM2,
                           OwnersDecision decision, String recordedBy, Instant recordedAt) {
    }

    /** A household's satisfaction answer: 1–5 per menu category, and overall. */
    record SatisfactionAnswer(String householdId, Map<String, Integer> scores, int overall, Instant at) {
    }
}

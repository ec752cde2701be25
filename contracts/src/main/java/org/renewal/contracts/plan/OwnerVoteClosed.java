package org.renewal.contracts.plan;

import java.math.BigDecimal;

import org.renewal.contracts.EventPayload;

/**
 * {@code plan.OwnerVoteClosed} v1: an owners' vote (业主共同决定, Civil Code art. 278) was closed with its
 * result. Areas are exclusive floor areas in m² (two decimals); owners are counted by head (a multi-unit
 * owner once).
 *
 * @param voteId              the vote
 * @param communityId         the community
 * @param matter              what was decided, e.g. {@code RENOVATION}, {@code ELEVATOR_RETROFIT}
 * @param buildingNumber      for a vote of one entrance (elevator), its building; else null
 * @param entrance            for a vote of one entrance, the entrance; else null
 * @param valid               turnout reached 2/3 by area and by head
 * @param passed              valid and consent reached the matter's threshold
 * @param totalArea           exclusive area of the electorate
 * @param totalOwners         owners of the electorate
 * @param participatingArea   area of the owners who voted (abstentions included)
 * @param participatingOwners owners who voted
 * @param yesArea             area of the owners who agreed
 * @param yesOwners           owners who agreed
 */
public record OwnerVoteClosed(
        String voteId,
        String communityId,
        String matter,
        String buildingNumber,
        String entrance,
        boolean valid,
        boolean passed,
        BigDecimal totalArea,
        int totalOwners,
        BigDecimal participatingArea,
        int participatingOwners,
        BigDecimal yesArea,
        int yesOwners) implements EventPayload {

    public static final String TYPE = "plan.OwnerVoteClosed";
    public static final int VERSION = 1;

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int eventVersion() {
        return VERSION;
    }

    @Override
    public String topic() {
        return PlanTopics.VOTE;
    }
}

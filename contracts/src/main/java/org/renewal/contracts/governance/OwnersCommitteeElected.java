package org.renewal.contracts.governance;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code governance.OwnersCommitteeElected} v1: the owners elected an owners' committee (业主委员会) by Civil Code art. 278.
 *
 * @param communityId the community
 * @param electionId  the election
 * @param members     elected members (count)
 * @param termStart   start of the term
 * @param termEnd     end of the term
 */
public record OwnersCommitteeElected(
        String communityId,
        String electionId,
        int members,
        LocalDate termStart,
        LocalDate termEnd) implements EventPayload {

    public static final String TYPE = "governance.OwnersCommitteeElected";
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
        return GovernanceTopics.COMMUNITY;
    }
}

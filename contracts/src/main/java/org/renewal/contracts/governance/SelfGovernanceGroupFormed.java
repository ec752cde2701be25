package org.renewal.contracts.governance;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code governance.SelfGovernanceGroupFormed} v1: a resident self-governance group (居民自治小组) was formed.
 *
 * @param communityId the community
 * @param members     how many members
 * @param formedOn    when
 */
public record SelfGovernanceGroupFormed(
        String communityId,
        int members,
        LocalDate formedOn) implements EventPayload {

    public static final String TYPE = "governance.SelfGovernanceGroupFormed";
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

package org.renewal.contracts.governance;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code governance.PartyBranchEstablished} v1: a party branch or party group (党支部/党小组) was established in the community.
 *
 * @param communityId the community
 * @param type        {@code STANDALONE} (独立), {@code COMBINED} (兼合式) or {@code PARTY_GROUP} (党小组)
 * @param foundedOn   when
 * @param members     member count
 */
public record PartyBranchEstablished(
        String communityId,
        String type,
        LocalDate foundedOn,
        int members) implements EventPayload {

    public static final String TYPE = "governance.PartyBranchEstablished";
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

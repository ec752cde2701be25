package org.renewal.contracts.governance;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code governance.GovernanceReady} v1: the community has the bodies that take over after renovation: an owners' committee (业委会) or a
 * resident self-governance group (居民自治小组). project-service hands over only then.
 *
 * @param communityId the community
 * @param body        {@code OWNERS_COMMITTEE} or {@code SELF_GOVERNANCE_GROUP}
 * @param since       since when
 */
public record GovernanceReady(
        String communityId,
        String body,
        LocalDate since) implements EventPayload {

    public static final String TYPE = "governance.GovernanceReady";
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

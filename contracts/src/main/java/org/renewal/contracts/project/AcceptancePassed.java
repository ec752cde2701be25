package org.renewal.contracts.project;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.AcceptancePassed} v1: the joint completion acceptance (竣工验收) passed: every required party signed pass.
 *
 * @param projectId   the project
 * @param communityId the community
 * @param attempt     which acceptance (1, or more after a failed one)
 * @param acceptedOn  the date
 */
public record AcceptancePassed(
        String projectId,
        String communityId,
        int attempt,
        LocalDate acceptedOn) implements EventPayload {

    public static final String TYPE = "project.AcceptancePassed";
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
        return ProjectTopics.PROJECT;
    }
}

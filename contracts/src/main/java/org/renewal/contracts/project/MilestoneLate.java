package org.renewal.contracts.project;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.MilestoneLate} v1: a plan item is late against its plan: not finished by its planned finish.
 *
 * @param projectId     the project
 * @param communityId   the community
 * @param lineId        the plan item line
 * @param plannedFinish when it should have finished
 * @param percent       how far it is
 * @param responsible   the role responsible (the contractor)
 */
public record MilestoneLate(
        String projectId,
        String communityId,
        String lineId,
        LocalDate plannedFinish,
        int percent,
        String responsible) implements EventPayload {

    public static final String TYPE = "project.MilestoneLate";
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

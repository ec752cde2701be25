package org.renewal.contracts.project;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.ProjectCreated} v1: a construction project was created from an approved plan (its id is the plan id).
 *
 * @param projectId    the project (= planId)
 * @param communityId  the community
 * @param districtCode its district
 * @param streetCode   its street
 * @param totalCost    the approved cost estimate in fen
 * @param items        the number of plan items
 */
public record ProjectCreated(
        String projectId,
        String communityId,
        String districtCode,
        String streetCode,
        long totalCost,
        int items) implements EventPayload {

    public static final String TYPE = "project.ProjectCreated";
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

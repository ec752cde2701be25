package org.renewal.contracts.project;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.ProjectStarted} v1: construction started (开工), with a contractor and a supervisor under contract.
 *
 * @param projectId   the project
 * @param communityId the community
 * @param startedOn   the start date
 */
public record ProjectStarted(
        String projectId,
        String communityId,
        LocalDate startedOn) implements EventPayload {

    public static final String TYPE = "project.ProjectStarted";
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

package org.renewal.contracts.project;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.InspectionFindingClosed} v1: a finding was rectified and closed with evidence.
 *
 * @param projectId the project
 * @param findingId the finding
 * @param late      closed after its deadline
 */
public record InspectionFindingClosed(
        String projectId,
        String findingId,
        boolean late) implements EventPayload {

    public static final String TYPE = "project.InspectionFindingClosed";
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

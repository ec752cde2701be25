package org.renewal.contracts.project;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.InspectionFindingOpened} v1: a quality or safety inspection recorded a finding (质量安全检查).
 *
 * @param projectId   the project
 * @param findingId   the finding
 * @param severity    {@code MINOR}, {@code MAJOR} or {@code CRITICAL} (a critical one blocks acceptance)
 * @param responsible the role of the unit responsible
 * @param deadline    rectification deadline
 */
public record InspectionFindingOpened(
        String projectId,
        String findingId,
        String severity,
        String responsible,
        LocalDate deadline) implements EventPayload {

    public static final String TYPE = "project.InspectionFindingOpened";
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

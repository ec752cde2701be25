package org.renewal.contracts.project;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.UnitContracted} v1: a participating unit (参建单位) won the tender for a role and is under contract.
 *
 * @param projectId      the project
 * @param role           {@code CONSTRUCTION} (建设), {@code CONTRACTOR} (施工), {@code SUPERVISION} (监理) or {@code DESIGN} (设计)
 * @param unitName       the unit
 * @param creditCode     its unified social credit code (统一社会信用代码)
 * @param contractAmount contract amount in fen
 * @param contractNo     contract number
 */
public record UnitContracted(
        String projectId,
        String role,
        String unitName,
        String creditCode,
        long contractAmount,
        String contractNo) implements EventPayload {

    public static final String TYPE = "project.UnitContracted";
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

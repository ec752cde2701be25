package org.renewal.contracts.project;

/** Topics of project-service's aggregates; the record key is the aggregate id. */
public final class ProjectTopics {

    /** Events of construction projects (组织实施 / 竣工验收); the key is the project id (= the plan id). */
    public static final String PROJECT = "renewal.project.project";

    private ProjectTopics() {
    }
}

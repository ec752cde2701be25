package org.renewal.contracts.survey;

/** Topics of survey-service's aggregates; the record key is the aggregate id. */
public final class SurveyTopics {

    /** Events of the community aggregate (登记造册). */
    public static final String COMMUNITY = "renewal.survey.community";

    private SurveyTopics() {
    }
}

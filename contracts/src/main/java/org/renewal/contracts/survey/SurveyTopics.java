package org.renewal.contracts.survey;

/** Topics of survey-service's aggregates; the record key is the aggregate id. */
public final class SurveyTopics {

    /** Events of the community aggregate: register, household rolls, eligibility, reserve, questionnaire. */
    public static final String COMMUNITY = "renewal.survey.community";

    private SurveyTopics() {
    }
}

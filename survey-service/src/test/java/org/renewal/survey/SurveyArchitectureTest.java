package org.renewal.survey;

import org.renewal.platform.test.ServiceArchitectureTest;

/** {@link org.renewal.platform.test.ArchitectureRules} on survey-service. */
class SurveyArchitectureTest extends ServiceArchitectureTest {
}

package org.renewal.survey;

import org.renewal.platform.test.ServiceConventionsIT;

class SurveyServiceConventionsIT extends ServiceConventionsIT {

    @Override
    protected String prefix() {
        return "/api/survey";
    }
}

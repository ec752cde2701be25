package org.renewal.survey;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** survey-service: 调查摸底 — the community register, eligibility, the reserve library, questionnaires. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SurveyApplication {

    public static void main(String[] args) {
        SpringApplication.run(SurveyApplication.class, args);
    }
}

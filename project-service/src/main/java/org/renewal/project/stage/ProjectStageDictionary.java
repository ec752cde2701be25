package org.renewal.project.stage;

import org.renewal.platform.dictionary.Dictionary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Serves {@link ProjectStage} at {@code /api/project/dictionaries/projectStages}. */
@Configuration(proxyBeanMethods = false)
class ProjectStageDictionary {

    @Bean
    Dictionary projectStagesDictionary() {
        return Dictionary.of("projectStages", "Stages of a renovation project (项目阶段)", ProjectStage.class);
    }
}

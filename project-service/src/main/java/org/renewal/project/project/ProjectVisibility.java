package org.renewal.project.project;

import org.renewal.platform.security.VisibleRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Not found first: a write to a project the caller may not see is 404 before its body is read or a rule runs. */
@Configuration(proxyBeanMethods = false)
class ProjectVisibility {

    @Bean
    VisibleRecord project(ProjectService projects) {
        return new VisibleRecord("/api/project/projects/{id}", "id", projects::get);
    }
}

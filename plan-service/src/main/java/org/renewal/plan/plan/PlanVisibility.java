package org.renewal.plan.plan;

import org.renewal.platform.security.VisibleRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Not found first: a write to a plan the caller may not see is 404 before its body is read or a rule runs. */
@Configuration(proxyBeanMethods = false)
class PlanVisibility {

    @Bean
    VisibleRecord plan(PlanService plans) {
        return new VisibleRecord("/api/plan/plans/{id}", "id", plans::get);
    }
}

package org.renewal.plan;

import org.renewal.platform.test.ServiceConventionsIT;

class PlanServiceConventionsIT extends ServiceConventionsIT {

    @Override
    protected String prefix() {
        return "/api/plan";
    }
}

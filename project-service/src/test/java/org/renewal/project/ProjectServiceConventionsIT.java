package org.renewal.project;

import org.renewal.platform.test.ServiceConventionsIT;

class ProjectServiceConventionsIT extends ServiceConventionsIT {

    @Override
    protected String prefix() {
        return "/api/project";
    }
}

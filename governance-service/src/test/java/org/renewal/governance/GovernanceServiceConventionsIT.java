package org.renewal.governance;

import org.renewal.platform.test.ServiceConventionsIT;

class GovernanceServiceConventionsIT extends ServiceConventionsIT {

    @Override
    protected String prefix() {
        return "/api/governance";
    }
}

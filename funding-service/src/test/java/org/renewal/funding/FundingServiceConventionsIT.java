package org.renewal.funding;

import org.renewal.platform.test.ServiceConventionsIT;

class FundingServiceConventionsIT extends ServiceConventionsIT {

    @Override
    protected String prefix() {
        return "/api/funding";
    }
}

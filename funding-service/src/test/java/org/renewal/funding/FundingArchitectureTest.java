package org.renewal.funding;

import org.renewal.platform.test.ServiceArchitectureTest;

/** {@link org.renewal.platform.test.ArchitectureRules} on funding-service. */
class FundingArchitectureTest extends ServiceArchitectureTest {
}

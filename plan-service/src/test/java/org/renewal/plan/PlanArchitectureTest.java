package org.renewal.plan;

import org.renewal.platform.test.ServiceArchitectureTest;

/** {@link org.renewal.platform.test.ArchitectureRules} on plan-service. */
class PlanArchitectureTest extends ServiceArchitectureTest {
}

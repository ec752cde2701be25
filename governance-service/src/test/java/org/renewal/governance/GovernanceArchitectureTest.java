package org.renewal.governance;

import org.renewal.platform.test.ServiceArchitectureTest;

/** {@link org.renewal.platform.test.ArchitectureRules} on governance-service. */
class GovernanceArchitectureTest extends ServiceArchitectureTest {
}

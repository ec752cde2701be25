package org.renewal.project;

import org.renewal.platform.test.ServiceArchitectureTest;

/** {@link org.renewal.platform.test.ArchitectureRules} on project-service. */
class ProjectArchitectureTest extends ServiceArchitectureTest {
}

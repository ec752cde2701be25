package org.renewal.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layout rules ({@link ArchitectureRules}) applied to one service's classes (its main code, not its tests).
 * A service's test extends this in its base package; nothing else to write. The two controller rules are frozen
 * (see {@code archunit.properties}): what is listed in the service's {@code src/test/resources/architecture-debt}
 * is known debt, anything new fails.
 */
public abstract class ServiceArchitectureTest {

    private final String basePackage = getClass().getPackageName();
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(basePackage);

    @Test
    void kafkaListenersLiveInMessaging() {
        ArchitectureRules.LISTENERS_IN_MESSAGING.allowEmptyShould(false).check(classes);
    }

    @Test
    void aggregatesAreFreeOfWebTypes() {
        ArchitectureRules.AGGREGATES_FREE_OF_WEB.check(classes);
    }

    /** Frozen: the violations listed in the service's {@code architecture-debt} may remain, no new one. */
    @Test
    void controllersDoNotTouchTheStore() {
        FreezingArchRule.freeze(ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_STORE).check(classes);
    }

    /** Frozen as {@link #controllersDoNotTouchTheStore()}. */
    @Test
    void controllersReturnViewsNotStoredDocuments() {
        FreezingArchRule.freeze(ArchitectureRules.CONTROLLERS_RETURN_VIEWS).check(classes);
    }

    @Test
    void controllersTakeTheCallerAsAParameter() {
        ArchitectureRules.CONTROLLERS_TAKE_THE_CALLER.check(classes);
    }

    @Test
    void featuresAreFreeOfCycles() {
        ArchitectureRules.featuresFreeOfCycles(basePackage).check(classes);
    }
}

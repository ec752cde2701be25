package org.renewal.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layout rules ({@link ArchitectureRules}) applied to one service's classes (its main code, not its tests).
 * A service's test extends this in its base package; nothing else to write.
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

    @Test
    void controllersDoNotTouchTheStore() {
        ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_STORE.check(classes);
    }

    @Test
    void controllersReturnViewsNotStoredDocuments() {
        ArchitectureRules.CONTROLLERS_RETURN_VIEWS.check(classes);
    }

    @Test
    void theCallerIsPassedExplicitly() {
        ArchitectureRules.CALLER_PASSED_EXPLICITLY.check(classes);
    }

    @Test
    void featuresAreFreeOfCycles() {
        ArchitectureRules.featuresFreeOfCycles(basePackage).check(classes);
    }
}

package org.renewal.platform.test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each layout rule fails on a planted violation (package planted.bad) and passes on its remedy (planted.good). */
class ArchitectureRulesTest {

    private static final String BAD = "org.renewal.platform.test.planted.bad";
    private static final String GOOD = "org.renewal.platform.test.planted.good";
    private final JavaClasses bad = new ClassFileImporter().importPackages(BAD);
    private final JavaClasses good = new ClassFileImporter().importPackages(GOOD);

    private void failsOnBadPassesOnGood(ArchRule onBad, ArchRule onGood, String violation) {
        assertThatThrownBy(() -> onBad.check(bad)).isInstanceOf(AssertionError.class).hasMessageContaining(violation);
        assertThatCode(() -> onGood.check(good)).doesNotThrowAnyException();
    }

    @Test
    void aKafkaListenerOutsideMessagingFails() {
        failsOnBadPassesOnGood(ArchitectureRules.LISTENERS_IN_MESSAGING, ArchitectureRules.LISTENERS_IN_MESSAGING,
                "LooseListener.on");
    }

    @Test
    void anAggregateUsingAnHttpTypeFails() {
        failsOnBadPassesOnGood(ArchitectureRules.AGGREGATES_FREE_OF_WEB, ArchitectureRules.AGGREGATES_FREE_OF_WEB,
                "WebAggregate");
    }

    @Test
    void aControllerTouchingTheStoreFails() {
        failsOnBadPassesOnGood(ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_STORE,
                ArchitectureRules.CONTROLLERS_DO_NOT_TOUCH_THE_STORE, "MongoTemplate");
    }

    @Test
    void aControllerReturningAStoredDocumentFails() {
        failsOnBadPassesOnGood(ArchitectureRules.CONTROLLERS_RETURN_VIEWS, ArchitectureRules.CONTROLLERS_RETURN_VIEWS,
                "returns the stored document " + BAD + ".web.StoredThing");
    }

    @Test
    void aControllerReadingTheCallerStaticallyFails() {
        failsOnBadPassesOnGood(ArchitectureRules.CALLER_PASSED_EXPLICITLY,
                ArchitectureRules.CALLER_PASSED_EXPLICITLY, "Caller.current()");
    }

    @Test
    void aCycleBetweenFeaturesFails() {
        failsOnBadPassesOnGood(ArchitectureRules.featuresFreeOfCycles(BAD), ArchitectureRules.featuresFreeOfCycles(GOOD),
                "Cycle detected");
    }
}

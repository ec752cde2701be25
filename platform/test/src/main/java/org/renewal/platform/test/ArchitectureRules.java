package org.renewal.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.renewal.platform.consumer.EventDispatcher;
import org.renewal.platform.outbox.OutboxAggregate;
import org.renewal.platform.security.Caller;
import org.renewal.platform.web.ApiException;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.RestController;

/**
 * The layout every service follows (ADR 1 and docs/architecture.md), as rules a build checks: each service's
 * {@code <Service>ArchitectureTest} applies them to its classes, and {@code ArchitectureRulesTest} proves each
 * one fails on a planted violation.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /**
     * A service's inputs from other services — its event dispatchers (each a Kafka listener) and any
     * {@code @KafkaListener} method — live in its {@code messaging} package.
     */
    public static final ArchRule LISTENERS_IN_MESSAGING = methods().that().areAnnotatedWith(KafkaListener.class)
            .or().haveRawReturnType(EventDispatcher.class)
            .should().beDeclaredInClassesThat().resideInAPackage("..messaging..")
            .because("a service's inputs from other services live in its messaging package (ADR 1)");

    /**
     * Aggregates (the state machines that record events) speak the domain: they refuse with a
     * {@code DomainException} carrying the business code, and the HTTP status is decided at the edge.
     */
    public static final ArchRule AGGREGATES_FREE_OF_WEB = noClasses().that().areAssignableTo(OutboxAggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                    "org.springframework.web..", "jakarta.servlet..")
            .orShould().dependOnClassesThat().areAssignableTo(ApiException.class)
            .because("aggregates refuse with DomainException; the status is decided at the edge");

    /** Controllers are thin: they call the feature's service or queries, never the store. */
    public static final ArchRule CONTROLLERS_DO_NOT_TOUCH_THE_STORE = noClasses().that()
            .areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data.mongodb.core..",
                    "com.mongodb..")
            .because("controllers call a service or a query class, which owns the store access");

    /** Controllers return views, never the documents the store keeps (nor lists, pages or entities of them). */
    public static final ArchRule CONTROLLERS_RETURN_VIEWS = methods().that().areDeclaredInClassesThat()
            .areAnnotatedWith(RestController.class)
            .should(new ArchCondition<JavaMethod>("return views, not stored documents") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    method.getReturnType().getAllInvolvedRawTypes().stream()
                            .filter(type -> type.isAnnotatedWith(Document.class))
                            .forEach(stored -> events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " returns the stored document " + stored.getName())));
                }
            })
            .because("a stored document returned as is makes the store's shape the API's contract");

    /**
     * Who calls is passed explicitly: controllers take a {@code Caller} parameter (resolved from the token) and pass
     * it to the services below; only the platform's edge (the argument resolver, not-found-first, the audit) reads it
     * from the security context.
     */
    public static final ArchRule CALLER_PASSED_EXPLICITLY = noClasses().that()
            .resideOutsideOfPackages("org.renewal.platform.security..", "org.renewal.platform.audit..")
            .should().callMethod(Caller.class, "current")
            .because("a controller takes the Caller as a parameter and passes it on; nothing reads it statically");

    /** Features (the packages under a service) depend on each other without cycles. */
    public static ArchRule featuresFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles()
                .because("a feature that reaches back into the one using it cannot be changed alone");
    }
}

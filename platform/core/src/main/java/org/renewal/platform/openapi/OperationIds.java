package org.renewal.platform.openapi;

import java.util.Locale;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Stable, unique, readable operation ids across the suite, so a client generated from one document (or all five)
 * names each call the same way release after release: {@code <service><Controller><method>} in lower camel case —
 * the controller left out where it is named after the service — e.g. {@code planSubmit} ({@code PlanController
 * .submit} in plan-service), {@code surveyImportSubmit}, {@code governanceDictionaryList}. Springdoc's numbered
 * defaults ({@code list_1}) would change whenever a controller is added; an explicit {@code operationId} on an
 * annotation is replaced too, so the rule holds everywhere. Renaming a controller method is a breaking change of
 * the contract, reviewed as one.
 */
public final class OperationIds implements OperationCustomizer {

    private final String service;

    /** @param applicationName the service's {@code spring.application.name}, e.g. {@code plan-service} */
    public OperationIds(String applicationName) {
        this.service = camel(applicationName.replaceFirst("-service$", ""), false);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        operation.setOperationId(of(service, handlerMethod.getBeanType().getSimpleName(),
                handlerMethod.getMethod().getName()));
        return operation;
    }

    /** The id of a controller's method in a service (lower camel case service key). */
    static String of(String service, String controllerClass, String method) {
        String controller = controllerClass.replaceFirst("Controller$", "");
        String middle = controller.equalsIgnoreCase(service) ? "" : upperFirst(controller);
        return service + middle + upperFirst(method);
    }

    private static String camel(String dashed, boolean upper) {
        StringBuilder out = new StringBuilder();
        for (String part : dashed.split("[-_ ]+")) {
            if (!part.isEmpty()) {
                out.append(out.isEmpty() && !upper ? part.toLowerCase(Locale.ROOT) : upperFirst(part));
            }
        }
        return out.toString();
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

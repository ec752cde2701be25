package org.renewal.platform.security;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The role matrix in the API description, generated from the service's own access rules: for every operation and
 * every role the filter chain is asked whether it would let a caller of that role through, and the answer is
 * written as {@code x-roles} (the role codes) and a line of the description (the roles' Chinese and English names).
 * So the documented matrix is the enforced one; {@code ServiceConventionsIT} sends every operation as every role to
 * prove it. An operation no rule names admits no one (deny by default) and shows an empty list.
 */
public final class RoleMatrix implements OpenApiCustomizer {

    /** The OpenAPI extension that lists the roles an operation admits. */
    public static final String EXTENSION = "x-roles";
    /** The OpenAPI extension that lists the scopes with which another system's client is admitted. */
    public static final String SCOPES = "x-scopes";

    private final WebInvocationPrivilegeEvaluator rules;
    private final List<String> scopes;

    /**
     * @param rules  the filter chain's decisions
     * @param scopes every scope the service grants other systems: its read scope (e.g. {@code survey.read}) and its
     *               write scopes
     */
    public RoleMatrix(WebInvocationPrivilegeEvaluator rules, List<String> scopes) {
        this.rules = rules;
        this.scopes = List.copyOf(scopes);
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            document(operation, allowed(path, method));
            documentScopes(operation, scopes(path, method));
        }));
    }

    /** The scopes with which an integration client (holding that scope alone) is admitted to {@code method path}. */
    public List<String> scopes(String path, PathItem.HttpMethod method) {
        String uri = path.replaceAll("\\{[^}/]+}", "x");
        List<String> admitted = new ArrayList<>();
        for (String scope : scopes) {
            Authentication client = UsernamePasswordAuthenticationToken.authenticated(Role.INTEGRATION.name(), null,
                    AuthorityUtils.createAuthorityList(Role.INTEGRATION.authority(), "SCOPE_" + scope));
            if (rules.isAllowed("", uri, method.name(), client)) {
                admitted.add(scope);
            }
        }
        return admitted;
    }

    private static void documentScopes(Operation operation, List<String> admitted) {
        if (admitted.isEmpty()) {
            return;
        }
        operation.addExtension(SCOPES, admitted);
        operation.setDescription(operation.getDescription() + "\n\nScopes of other systems (系统对接权限): "
                + String.join(", ", admitted));
    }

    /** The roles the rules admit to {@code method path} (path variables filled with a sample value). */
    public List<Role> allowed(String path, PathItem.HttpMethod method) {
        String uri = path.replaceAll("\\{[^}/]+}", "x");
        List<Role> allowed = new ArrayList<>();
        for (Role role : Role.values()) {
            if (rules.isAllowed("", uri, method.name(), caller(role))) {
                allowed.add(role);
            }
        }
        return allowed;
    }

    private Authentication caller(Role role) {
        List<String> authorities = new ArrayList<>(List.of(role.authority()));
        if (role == Role.INTEGRATION) {
            // another system's client with every scope the service grants: x-scopes says which one an operation needs
            scopes.forEach(scope -> authorities.add("SCOPE_" + scope));
        }
        return UsernamePasswordAuthenticationToken.authenticated(role.name(), null,
                AuthorityUtils.createAuthorityList(authorities));
    }

    private static void document(Operation operation, List<Role> allowed) {
        operation.addExtension(EXTENSION, allowed.stream().map(Role::name).toList());
        String line = allowed.isEmpty() ? "Roles (角色): none — no access rule names this operation"
                : "Roles (角色): " + String.join(", ", allowed.stream()
                        .map(r -> r.label().zh() + " " + r.name()).toList());
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
    }
}

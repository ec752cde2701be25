package org.renewal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.renewal.platform.test.OpenApiSnapshots;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The breaking-change check: the committed contract ({@code docs/api/<service>.openapi.json}) against the contract as
 * last released ({@code docs/api/released/}); every breaking change must be listed, by its operation
 * ({@code METHOD /path}) or its field ({@code Schema.property}), under "Unreleased" in docs/api/CHANGELOG.md with
 * what a client must change. And the classifier itself, on planted changes to the plan contract: what breaks a
 * generated client is found, what does not is not.
 */
class ContractCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"survey", "plan", "project", "funding", "governance"})
    void everyBreakingChangeSinceTheReleasedContractIsInTheChangelog(String service) throws IOException {
        Path current = OpenApiSnapshots.snapshot(service);
        Path released = current.resolveSibling("released").resolve(service + ".openapi.json");
        assertThat(released).as("the released contract of %s is kept", service).exists();

        List<String> breaking = ContractCompatibility.breakingChanges(Files.readString(released), Files.readString(current));

        String unreleased = unreleased(Files.readString(current.resolveSibling("CHANGELOG.md")));
        assertThat(breaking)
                .as("breaking changes of %s since docs/api/released/ not listed under '## Unreleased' in CHANGELOG.md",
                        service)
                .allSatisfy(change -> assertThat(unreleased).contains(change));
        if (!breaking.isEmpty()) {
            assertThat(unreleased).contains("**Breaking**");
        }
    }

    /** The text of the changelog's "## Unreleased" section. */
    static String unreleased(String changelog) {
        int start = changelog.indexOf("\n## Unreleased");
        assertThat(start).as("CHANGELOG.md has a '## Unreleased' section").isNotNegative();
        int end = changelog.indexOf("\n## ", start + 1);
        return changelog.substring(start, end < 0 ? changelog.length() : end);
    }

    @Test
    void theSameContractHasNoBreakingChange() throws IOException {
        String plan = plan();

        assertThat(ContractCompatibility.breakingChanges(plan, plan)).isEmpty();
    }

    @Test
    void aRemovedOperationIsBreaking() throws IOException {
        String after = change(api -> ((ObjectNode) api.get("paths")).remove("/api/plan/audit-records"));

        assertThat(ContractCompatibility.breakingChanges(plan(), after)).contains("GET /api/plan/audit-records");
    }

    @Test
    void aRequestFieldNowRequiredIsBreakingAndAnOptionalOneIsNot() throws IOException {
        Consumer<ObjectNode> addField = api -> schema(api, "ElevatorPilotInput").withObjectProperty("properties")
                .putObject("witness").put("type", "string");

        assertThat(ContractCompatibility.breakingChanges(plan(), change(addField))).isEmpty();
        assertThat(ContractCompatibility.breakingChanges(plan(), change(addField.andThen(
                api -> schema(api, "ElevatorPilotInput").withArrayProperty("required").add("witness")))))
                .contains("PUT /api/plan/plans/{id}/content", "POST /api/plan/plans/{id}/quote");
    }

    @Test
    void aRequestFieldOfAnotherTypeIsBreaking() throws IOException {
        String after = change(api -> ((ObjectNode) schema(api, "ElevatorPilotInput").get("properties"))
                .putObject("conditionsAssessedOn").put("type", "integer"));

        assertThat(ContractCompatibility.breakingChanges(plan(), after)).contains("PUT /api/plan/plans/{id}/content");
    }

    @Test
    void aResponseFieldRemovedOrAValueAddedToItsEnumIsBreaking() throws IOException {
        String removed = change(api -> {
            ((ObjectNode) schema(api, "Ballot").get("properties")).remove("choice");
            ArrayNode required = (ArrayNode) schema(api, "Ballot").get("required");
            for (int i = required.size() - 1; i >= 0; i--) {
                if (required.get(i).asString().equals("choice")) {
                    required.remove(i);
                }
            }
        });
        String widened = change(api -> ((ArrayNode) schema(api, "Ballot").get("properties").get("choice").get("enum"))
                .add("ABSTAIN_TWICE"));

        assertThat(ContractCompatibility.breakingChanges(plan(), removed)).contains("GET /api/plan/votes/{id}/ballots");
        assertThat(ContractCompatibility.breakingChanges(plan(), widened)).contains("GET /api/plan/votes/{id}/ballots");
    }

    @Test
    void aResponseFieldThatMayNowBeNullIsBreakingAndANewResponseFieldIsNot() throws IOException {
        String nullable = change(api -> ((ObjectNode) schema(api, "AuditRecord").get("properties").get("status"))
                .putArray("type").add("integer").add("null"));
        String added = change(api -> {
            ((ObjectNode) schema(api, "AuditRecord").get("properties")).putObject("note").put("type", "string");
            ((ArrayNode) schema(api, "AuditRecord").get("required")).add("note");
        });

        assertThat(ContractCompatibility.breakingChanges(plan(), nullable)).contains("AuditRecord.status");
        assertThat(ContractCompatibility.breakingChanges(plan(), added)).isEmpty();
    }

    @Test
    void aNewOperationIsNotBreaking() throws IOException {
        String after = change(api -> {
            ObjectNode copy = (ObjectNode) api.get("paths").get("/api/plan/audit-records").deepCopy();
            ((ObjectNode) copy.get("get")).put("operationId", "planAuditRecordListAgain");
            ((ObjectNode) api.get("paths")).set("/api/plan/audit-records-again", copy);
        });

        assertThat(ContractCompatibility.breakingChanges(plan(), after)).isEmpty();
    }

    private static ObjectNode schema(ObjectNode api, String name) {
        return (ObjectNode) api.get("components").get("schemas").get(name);
    }

    private static String plan() throws IOException {
        return Files.readString(OpenApiSnapshots.snapshot("plan"));
    }

    private static String change(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode api = (ObjectNode) JSON.readTree(plan());
        edit.accept(api);
        return JSON.writeValueAsString(api);
    }
}

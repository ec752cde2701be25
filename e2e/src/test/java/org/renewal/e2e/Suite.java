package org.renewal.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.renewal.platform.test.EmbeddedInfrastructure;

/**
 * The whole suite as separate processes, the way {@code ./run.sh} runs it: the applications' own jars
 * (built by the modules before this one), the development issuer, a real Kafka broker and a MongoDB
 * wire server (embedded in the test JVM), free ports, logs in {@code target/suite-logs-<name>}.
 */
final class Suite implements AutoCloseable {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    private final Path root;
    private final Path logs;
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, Process> byName = new LinkedHashMap<>();
    private final Map<String, ProcessBuilder> builders = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();

    private final String kafka;
    private final String mongo;
    /** The identity provider the applications trust instead of the dev issuer, and the services to start. */
    private URI externalIssuer;
    private List<String> services = List.of("survey-service", "plan-service", "project-service", "funding-service",
            "governance-service");

    private Suite(Path root, String kafka, String mongo, String name) {
        this.root = root;
        this.kafka = kafka;
        this.mongo = mongo;
        this.logs = root.resolve("e2e/target/suite-logs-" + name);
    }

    /**
     * The suite on a broker and store of the caller's (a broker a test may kill; a store of its own, so its
     * counts are its own), or on the embedded ones where they are null, logging to {@code suite-logs-<name>}.
     */
    static Suite start(String kafkaBootstrapServers, String mongoUri, String name) throws IOException {
        return launched(new Suite(root(), kafkaBootstrapServers, mongoUri, name));
    }

    /**
     * The gateway and {@code services} on the embedded broker and store, trusting {@code issuer} exactly as the
     * production overlay configures them (ISSUER_URI and ISSUER_AUDIENCE only: the keys from its discovery document),
     * with no dev issuer.
     */
    static Suite startWithIssuer(URI issuer, String name, List<String> services) throws IOException {
        Suite suite = new Suite(root(), null, null, name);
        suite.externalIssuer = issuer;
        suite.services = List.copyOf(services);
        return launched(suite);
    }

    private static Path root() {
        Path here = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        return Files.exists(here.resolve("e2e")) ? here : here.getParent();
    }

    private static Suite launched(Suite suite) throws IOException {
        try {
            suite.launch();
        } catch (RuntimeException | IOException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    URI gateway() {
        return URI.create("http://localhost:" + ports.get("gateway"));
    }

    URI service(String name) {
        return URI.create("http://localhost:" + ports.get(name));
    }

    /** An application's management port (actuator: health with every component, metrics). */
    URI management(String name) {
        return URI.create("http://localhost:" + managementPorts.get(name));
    }

    URI issuer() {
        return URI.create("http://localhost:" + ports.get("dev-issuer"));
    }

    private void launch() throws IOException {
        Files.createDirectories(logs);
        EmbeddedInfrastructure infrastructure = kafka != null && mongo != null ? null : EmbeddedInfrastructure.get();
        for (String name : List.of("dev-issuer", "survey-service", "plan-service", "project-service", "funding-service",
                "governance-service", "gateway")) {
            ports.put(name, org.renewal.platform.test.FreePorts.next());
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka != null ? kafka : infrastructure.kafkaBootstrapServers());
        env.put("MONGODB_URI", mongo != null ? mongo : infrastructure.mongoUri());
        env.put("ISSUER_URI", issuer().toString());
        env.put("CORS_ALLOWED_ORIGINS", gateway().toString());
        env.put("SURVEY_SERVICE_PORT", port("survey-service"));
        env.put("PLAN_SERVICE_PORT", port("plan-service"));
        env.put("PROJECT_SERVICE_PORT", port("project-service"));
        env.put("FUNDING_SERVICE_PORT", port("funding-service"));
        env.put("GOVERNANCE_SERVICE_PORT", port("governance-service"));
        env.put("GATEWAY_PORT", port("gateway"));
        // actuator on a management port of each application's own
        for (String application : List.of("survey-service", "plan-service", "project-service", "funding-service",
                "governance-service", "gateway")) {
            managementPorts.put(application, org.renewal.platform.test.FreePorts.next());
            String prefix = application.replace("-service", "_service").replace("-", "_").toUpperCase(java.util.Locale.ROOT);
            env.put(prefix + "_MANAGEMENT_PORT", Integer.toString(managementPorts.get(application)));
        }
        env.put("DEV_ISSUER_PORT", port("dev-issuer"));
        env.put("SURVEY_SERVICE_URI", "http://localhost:" + port("survey-service"));
        env.put("PLAN_SERVICE_URI", "http://localhost:" + port("plan-service"));
        env.put("PROJECT_SERVICE_URI", "http://localhost:" + port("project-service"));
        env.put("FUNDING_SERVICE_URI", "http://localhost:" + port("funding-service"));
        env.put("GOVERNANCE_SERVICE_URI", "http://localhost:" + port("governance-service"));
        // journeys sign in for many residents in a short time
        env.put("GATEWAY_RATE_LIMIT_REQUESTS", "2000");

        if (externalIssuer == null) {
            start("dev-issuer", jar("deploy/local/dev-issuer", "dev-issuer"), env,
                    "--spring.security.oauth2.authorizationserver.client.renewal-web.registration.redirect-uris="
                            + gateway() + "/dashboard/index.html");
            awaitReady("dev-issuer");
        } else {
            env.put("ISSUER_URI", externalIssuer.toString());
            ports.remove("dev-issuer");
        }
        for (String service : services) {
            List<String> args = new ArrayList<>();
            if (service.equals("project-service")) {
                // the late-milestone sweep every few seconds instead of hourly
                args.add("--renewal.project.late-sweep-initial-delay=PT5S");
                args.add("--renewal.project.late-sweep-interval=PT5S");
            }
            start(service, jar(service, service), env, args.toArray(String[]::new));
        }
        start("gateway", jar("gateway", "gateway"), env);
        for (String name : List.copyOf(byName.keySet())) {
            awaitReady(name);
        }
    }

    private String port(String name) {
        return String.valueOf(ports.get(name));
    }

    private Path jar(String module, String artifact) {
        Path jar = root.resolve(module).resolve("target").resolve(artifact + "-" + VERSION + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the suite first (./mvnw verify from the top, "
                    + "or ./mvnw -DskipTests install before running this module alone)");
        }
        return jar;
    }

    private void start(String name, Path jar, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().putAll(env);
        builders.put(name, builder);
        Process process = builder.start();
        processes.add(process);
        byName.put(name, process);
    }

    /** {@code kill -9} of one application. */
    void kill(String name) throws InterruptedException {
        Process process = byName.get(name);
        process.destroyForcibly();
        process.waitFor();
        processes.remove(process);
    }

    /** Starts a killed application again, as it was started, and waits until it is ready. */
    void restart(String name) throws IOException {
        ProcessBuilder builder = builders.get(name);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        Process process = builder.start();
        processes.add(process);
        byName.put(name, process);
        awaitReady(name);
    }

    private void awaitReady(String name) {
        HttpClient http = HttpClient.newHttpClient();
        URI readiness = URI.create("http://localhost:" + ports.get(name) + "/readyz");
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        for (Map.Entry<String, Process> p : byName.entrySet()) {
                            if (processes.contains(p.getValue()) && !p.getValue().isAlive()) {
                                throw new IllegalStateException(p.getKey() + " exited early (exit code "
                                        + p.getValue().exitValue() + "); the end of " + logs.resolve(p.getKey() + ".log")
                                        + ":\n" + tail(p.getKey()));
                            }
                        }
                        try {
                            return http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                        } catch (IOException notYet) {
                            return false; // still starting
                        }
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new IllegalStateException(name + " did not become ready; see " + logs.resolve(name + ".log"));
        }
    }

    private String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(logs.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}

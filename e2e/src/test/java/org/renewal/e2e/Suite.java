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
    private final List<Process> processes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, Process> byName = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, ProcessBuilder> builders = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> ports = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> managementPorts = new java.util.concurrent.ConcurrentHashMap<>();

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
        // whatever a test forgets to close dies with the test JVM, never outlives the build
        Runtime.getRuntime().addShutdownHook(new Thread(() -> suite.processes.forEach(Process::destroyForcibly),
                "suite-" + suite.logs.getFileName()));
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

    /**
     * The suite scaled out as production runs it: {@code replicas} instances of every service (each on its own port,
     * the gateway balancing over them) and {@code gateways} gateways, on the embedded broker and store.
     */
    static Suite startScaled(int replicas, int gateways, String name) throws IOException {
        Suite suite = new Suite(root(), null, null, name);
        suite.replicas = replicas;
        suite.gatewayCount = gateways;
        return launched(suite);
    }

    private String bootstrapServers;
    private String storeUri;

    /** The broker the suite publishes to. */
    String kafkaBootstrapServers() {
        return bootstrapServers;
    }

    /** The store the services keep their data in (a database per service). */
    String mongoUri() {
        return storeUri;
    }

    private int replicas = 1;
    private int gatewayCount = 1;

    /** An application's instances by name: the first is the application's own name, then {@code name-2}, … */
    List<String> instances(String application) {
        int n = application.equals("gateway") ? gatewayCount : replicas;
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add(i == 1 ? application : application + "-" + i);
        }
        return names;
    }

    /** Every gateway, as a load balancer in front of them would spread clients over them. */
    List<URI> gateways() {
        return instances("gateway").stream().map(g -> URI.create("http://localhost:" + ports.get(g))).toList();
    }

    /** The services started (each with its replicas). */
    List<String> services() {
        return services;
    }

    private static String envPrefix(String application) {
        return application.replace("-", "_").toUpperCase(java.util.Locale.ROOT);
    }

    private void launch() throws IOException {
        Files.createDirectories(logs);
        EmbeddedInfrastructure infrastructure = kafka != null && mongo != null ? null : EmbeddedInfrastructure.get();
        ports.put("dev-issuer", org.renewal.platform.test.FreePorts.next());
        List<String> applications = new ArrayList<>(List.of("survey-service", "plan-service", "project-service",
                "funding-service", "governance-service", "gateway"));
        for (String application : applications) {
            for (String instance : instances(application)) {
                ports.put(instance, org.renewal.platform.test.FreePorts.next());
                // actuator on a management port of each instance's own
                managementPorts.put(instance, org.renewal.platform.test.FreePorts.next());
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        bootstrapServers = kafka != null ? kafka : infrastructure.kafkaBootstrapServers();
        storeUri = mongo != null ? mongo : infrastructure.mongoUri();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("MONGODB_URI", storeUri);
        env.put("ISSUER_URI", issuer().toString());
        env.put("CORS_ALLOWED_ORIGINS", String.join(",", gateways().stream().map(URI::toString).toList()));
        env.put("INTEGRATION_ALLOW_HTTP", "true"); // the tests' webhook receivers listen on http://127.0.0.1
        // a receiver back after an outage is retried within seconds here (deployments: from 5 s doubling to 1 h)
        env.put("RENEWAL_INTEGRATION_FIRSTRETRY", "1s");
        env.put("RENEWAL_INTEGRATION_LONGESTRETRY", "5s");
        env.put("DEV_ISSUER_PORT", port("dev-issuer"));
        for (String service : List.of("survey-service", "plan-service", "project-service", "funding-service",
                "governance-service")) {
            // the gateways balance over every replica (Spring Cloud LoadBalancer, a static list)
            env.put(envPrefix(service) + "_URI", String.join(",", instances(service).stream()
                    .map(i -> "http://localhost:" + port(i)).toList()));
        }
        // journeys sign in for many residents in a short time
        env.put("GATEWAY_RATE_LIMIT_REQUESTS", "2000");

        if (externalIssuer == null) {
            start("dev-issuer", jar("deploy/local/dev-issuer", "dev-issuer"), env,
                    "--spring.security.oauth2.authorizationserver.client.renewal-web.registration.redirect-uris="
                            + String.join(",", gateways().stream().flatMap(g -> java.util.stream.Stream.of(g,
                                    URI.create(g.toString().replace("//localhost:", "//127.0.0.1:"))))
                                    .map(g -> g + "/dashboard/index.html").toList()));
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
            for (String instance : instances(service)) {
                start(instance, jar(service, service), own(env, service, instance), args.toArray(String[]::new));
            }
        }
        for (String gateway : instances("gateway")) {
            start(gateway, jar("gateway", "gateway"), own(env, "gateway", gateway));
        }
        for (String name : List.copyOf(byName.keySet())) {
            awaitReady(name);
        }
    }

    /** The environment with this instance's own ports (each application reads only its own variables). */
    private Map<String, String> own(Map<String, String> env, String application, String instance) {
        Map<String, String> mine = new LinkedHashMap<>(env);
        mine.put(envPrefix(application) + "_PORT", port(instance));
        mine.put(envPrefix(application) + "_MANAGEMENT_PORT", Integer.toString(managementPorts.get(instance)));
        return mine;
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

    /**
     * A graceful stop, as Kubernetes stops a pod (SIGTERM): the instance finishes what it is doing and exits; waits
     * until it has.
     */
    void stop(String name) throws InterruptedException {
        Process process = byName.get(name);
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new IllegalStateException(name + " did not stop within 60 s of SIGTERM; see " + logs.resolve(name + ".log"));
        }
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

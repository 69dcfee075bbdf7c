package vn.doingoai.harness;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/** The suite under test, as the harness knows it: documents, route table, addresses, tokens. */
public final class Suite {
    public final Path root;
    public final String gateway;
    public final Map<String, String> services = new LinkedHashMap<>();
    public final Map<String, OpenApiModel> models = new LinkedHashMap<>();
    public final OpenApiModel gatewayModel;
    public final RouteTable routes;
    public final Http http = new Http();
    public final Tokens tokens;
    public final Figures figures = new Figures();
    public final String run;
    public final long deadline;
    public final Random random;
    private final Map<String, InetAddress> addresses = new ConcurrentHashMap<>();
    private final boolean loopback;
    private final int[] addressSeed;

    /** The callers of the access matrix, in the order of its columns. */
    public static final List<String> CALLERS = List.of("anonymous", "th.officer", "th.approver", "th.viewer",
            "qn.officer", "hy.officer", "db.reporter", "central.auditor", "admin", Tokens.MACHINE);

    public Suite(Path root, String gateway, long deadline, long seed) throws Exception {
        this.root = root;
        this.gateway = gateway.replaceAll("/+$", "");
        this.deadline = deadline;
        this.random = new Random(seed);
        this.run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        this.routes = new RouteTable(root.resolve("gateway/src/main/resources/application.properties"));
        Map<String, String> urls = routes.serviceUrls();
        for (String doc : List.of("agreement-service", "delegation-service", "reporting-service")) {
            String name = doc.replace("-service", "");
            String override = System.getenv("HARNESS_" + name.toUpperCase() + "_URL");
            services.put(name, (override != null ? override : urls.getOrDefault(name, "")).replaceAll("/+$", ""));
            models.put(name, new OpenApiModel(root.resolve(doc + "/openapi.yaml"), name));
        }
        this.gatewayModel = new OpenApiModel(root.resolve("gateway/openapi.yaml"), "gateway");
        String tokenUrl = gatewayModel.tokenUrl();
        String realm = tokenUrl != null ? tokenUrl.replaceAll("/protocol/openid-connect/token$", "")
                : routes.get("quarkus.oidc.auth-server-url");
        this.tokens = new Tokens(http, realm);
        InetAddress host = InetAddress.getByName(URI.create(this.gateway).getHost());
        this.loopback = host.isLoopbackAddress() && host.getAddress().length == 4;
        Random r = new Random(System.nanoTime());
        this.addressSeed = new int[] { 1 + r.nextInt(250), 1 + r.nextInt(250) };
    }

    public List<OpenApiModel.Operation> serviceOperations() {
        List<OpenApiModel.Operation> all = new ArrayList<>();
        models.values().forEach(m -> all.addAll(m.operations));
        return all;
    }

    public OpenApiModel model(OpenApiModel.Operation op) {
        return models.getOrDefault(op.service(), gatewayModel);
    }

    /** The service an operation of the gateway's document goes to, by the route table. */
    public String serviceOf(OpenApiModel.Operation op) {
        if (models.containsKey(op.service())) {
            return op.service();
        }
        RouteTable.Route r = routes.match(op.path());
        return r == null ? null : r.service();
    }

    public String directUrl(OpenApiModel.Operation op) {
        return services.get(serviceOf(op));
    }

    /**
     * A source address of its own for one purpose (a fresh 127.x.y.z per run), so that the gateway's
     * per-address limit for anonymous calls is not shared between checks, or with earlier runs.
     */
    public InetAddress address(String purpose) {
        if (!loopback) {
            return null;
        }
        return addresses.computeIfAbsent(purpose, p -> {
            try {
                int n = addresses.size() + 2;
                return InetAddress.getByAddress(new byte[] { 127, (byte) addressSeed[0], (byte) addressSeed[1], (byte) n });
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The gateway's URL with its host as an IPv4 literal (a bound source address needs one). */
    public String gatewayIp() {
        try {
            URI u = URI.create(gateway);
            String ip = InetAddress.getByName(u.getHost()).getHostAddress();
            return u.getScheme() + "://" + ip + (u.getPort() > 0 ? ":" + u.getPort() : "");
        } catch (UnknownHostException e) {
            return gateway;
        }
    }

    public long remainingMillis() {
        return deadline - System.currentTimeMillis();
    }

    public boolean outOfTime() {
        return remainingMillis() <= 0;
    }
}

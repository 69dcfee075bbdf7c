package vn.doingoai.delegation;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.ServiceProcess;

/**
 * The OIDC test server and a real agreement-service beside the delegation-service under test:
 * tokens signed for the tests are checked by both, and the delegation service reaches the
 * agreement service over real HTTP.
 */
public class AgreementServiceResource implements QuarkusTestResourceLifecycleManager {

    private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();
    private ServiceProcess agreementService;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(oidc.start());
        PostgresTestResource.Database database = PostgresTestResource.newDatabase();
        agreementService = ServiceProcess.start("agreement-service", Map.of(
                "DOINGOAI_AGREEMENT_JDBC_URL", database.jdbcUrl(),
                "DOINGOAI_AGREEMENT_DB_USER", database.username(),
                "DOINGOAI_AGREEMENT_DB_PASSWORD", database.password(),
                "DOINGOAI_OIDC_URL", config.get("keycloak.url") + "/realms/quarkus/",
                "QUARKUS_SCHEDULER_ENABLED", "false"), Duration.ofSeconds(90));
        config.put("quarkus.rest-client.agreement.url", agreementService.url());
        config.put("doingoai.test.agreement-service.url", agreementService.url());
        config.put("doingoai.test.agreement-service.pid", Long.toString(agreementService.pid()));
        return config;
    }

    @Override
    public void stop() {
        if (agreementService != null) {
            agreementService.close();
        }
        oidc.stop();
    }
}

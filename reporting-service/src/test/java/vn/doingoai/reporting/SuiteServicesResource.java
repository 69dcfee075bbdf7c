package vn.doingoai.reporting;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.ServiceProcess;

/**
 * The OIDC test server with the real agreement and delegation services beside the reporting service
 * under test, each its own process with its own database and the seed articles' demo data, so the
 * figures the reporting service pulls travel over real HTTP with the test's tokens.
 */
public class SuiteServicesResource implements QuarkusTestResourceLifecycleManager {

    private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();
    private ServiceProcess agreementService;
    private ServiceProcess delegationService;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(oidc.start());
        String oidcUrl = config.get("keycloak.url") + "/realms/quarkus/";
        PostgresTestResource.Database agreements = PostgresTestResource.newDatabase();
        agreementService = ServiceProcess.start("agreement-service", Map.of(
                "DOINGOAI_AGREEMENT_JDBC_URL", agreements.jdbcUrl(),
                "DOINGOAI_AGREEMENT_DB_USER", agreements.username(),
                "DOINGOAI_AGREEMENT_DB_PASSWORD", agreements.password(),
                "DOINGOAI_OIDC_URL", oidcUrl,
                "DOINGOAI_DEMO_DATA_ENABLED", "true",
                "QUARKUS_SCHEDULER_ENABLED", "false"), Duration.ofSeconds(90));
        PostgresTestResource.Database delegations = PostgresTestResource.newDatabase();
        delegationService = ServiceProcess.start("delegation-service", Map.of(
                "DOINGOAI_DELEGATION_JDBC_URL", delegations.jdbcUrl(),
                "DOINGOAI_DELEGATION_DB_USER", delegations.username(),
                "DOINGOAI_DELEGATION_DB_PASSWORD", delegations.password(),
                "DOINGOAI_OIDC_URL", oidcUrl,
                "DOINGOAI_AGREEMENT_URL", agreementService.url(),
                "DOINGOAI_DEMO_DATA_ENABLED", "true",
                // Public test keys, like delegation-service's own tests'.
                "DOINGOAI_PERSONAL_DATA_KEYS", "test1:ZwQp5NCm4ToBNB3SLGxx/neqFTZ0zvcQ4KHoremI+XE=",
                "DOINGOAI_PERSONAL_DATA_CURRENT_KEY", "test1",
                "DOINGOAI_PERSONAL_DATA_INDEX_KEYS", "testi1:Ja0zo+VnbnIgp1HrFuAeYjXzvpGEV6H2dpyCP6+PrZI=",
                "DOINGOAI_PERSONAL_DATA_CURRENT_INDEX_KEY", "testi1"), Duration.ofSeconds(90));
        config.put("quarkus.rest-client.agreement.url", agreementService.url());
        config.put("quarkus.rest-client.delegation.url", delegationService.url());
        config.put("doingoai.test.agreement-service.url", agreementService.url());
        config.put("doingoai.test.agreement-service.pid", Long.toString(agreementService.pid()));
        return config;
    }

    @Override
    public void stop() {
        if (delegationService != null) {
            delegationService.close();
        }
        if (agreementService != null) {
            agreementService.close();
        }
        oidc.stop();
    }
}

package vn.doingoai.agreement.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.OpenApiContract;
import vn.doingoai.commons.testing.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiContractTest {

    @Test
    void servedDocumentIsTheCommittedOne() {
        OpenApiContract.assertServedDocumentMatches(Path.of("openapi.yaml"));
    }
}

package vn.doingoai.reporting.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.doingoai.reporting.SuiteServicesResource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.OpenApiContract;
import vn.doingoai.commons.testing.PostgresTestResource;

@QuarkusTest
@QuarkusTestResource(SuiteServicesResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class OpenApiContractTest {

    @Test
    void servedDocumentIsTheCommittedOne() {
        OpenApiContract.assertServedDocumentMatches(Path.of("openapi.yaml"));
    }
}

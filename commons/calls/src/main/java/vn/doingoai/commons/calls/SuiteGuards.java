package vn.doingoai.commons.calls;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * One guard per service of the suite that others call and per kind of call, so that a service's
 * circuit is one for every method that reads it (a service failing for one read is failing for all).
 */
@ApplicationScoped
public class SuiteGuards {

    public static final String AGREEMENT_SERVICE = "agreement-service";
    public static final String DELEGATION_SERVICE = "delegation-service";
    public static final String AGREEMENT_READS = "agreement-service-reads";
    public static final String AGREEMENT_WRITES = "agreement-service-writes";
    public static final String DELEGATION_READS = "delegation-service-reads";

    @Produces
    @Singleton
    @Identifier(AGREEMENT_READS)
    Guard agreementReads(CallsConfig config) {
        return Guards.reads(AGREEMENT_SERVICE, config.of(AGREEMENT_SERVICE));
    }

    @Produces
    @Singleton
    @Identifier(AGREEMENT_WRITES)
    Guard agreementWrites(CallsConfig config) {
        return Guards.writes(AGREEMENT_SERVICE, config.of(AGREEMENT_SERVICE));
    }

    @Produces
    @Singleton
    @Identifier(DELEGATION_READS)
    Guard delegationReads(CallsConfig config) {
        return Guards.reads(DELEGATION_SERVICE, config.of(DELEGATION_SERVICE));
    }
}

package vn.doingoai.commons.security;

/** The realm roles of the suite, as Keycloak puts them in {@code realm_access.roles}. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String OFFICER = "officer";
    public static final String APPROVER = "approver";
    public static final String UNIT_REPORTER = "unit-reporter";
    public static final String CENTRAL_AUDITOR = "central-auditor";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}

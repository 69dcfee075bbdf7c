package vn.doingoai.agreement.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo data of the seed articles when {@code doingoai.demo-data.enabled} is true (the
 * run command sets it; tests never do). The script is idempotent, so every start may run it.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String SCRIPT = "demo/agreement-demo.sql";

    private final EntityManager em;
    private final boolean enabled;

    public DemoData(EntityManager em, @ConfigProperty(name = "doingoai.demo-data.enabled", defaultValue = "false") boolean enabled) {
        this.em = em;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    public void load() {
        String script;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int statements = 0;
        for (String statement : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
            if (!statement.isBlank()) {
                em.createNativeQuery(statement).executeUpdate();
                statements++;
            }
        }
        LOG.infof("Demo data loaded (%d statements from %s)", statements, SCRIPT);
    }
}

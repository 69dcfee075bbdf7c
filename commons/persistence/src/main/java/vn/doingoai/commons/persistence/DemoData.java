package vn.doingoai.commons.persistence;

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
 * Loads a service's demo data (the facts of the news articles in docs/domain.md §5) when {@code doingoai.demo-data.enabled} is
 * true: the run command sets it, tests never do. The script, {@code doingoai.demo-data.script}, is
 * plain SQL written to be idempotent, so every start may run it.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private final EntityManager em;
    private final boolean enabled;
    private final String script;

    public DemoData(EntityManager em, @ConfigProperty(name = "doingoai.demo-data.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "doingoai.demo-data.script", defaultValue = "demo/demo.sql") String script) {
        this.em = em;
        this.enabled = enabled;
        this.script = script;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    public void load() {
        String sql;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException(script + " is missing from the application");
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int statements = 0;
        for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
            if (!statement.isBlank()) {
                em.createNativeQuery(statement).executeUpdate();
                statements++;
            }
        }
        LOG.infof("Demo data loaded (%d statements from %s)", statements, script);
    }
}

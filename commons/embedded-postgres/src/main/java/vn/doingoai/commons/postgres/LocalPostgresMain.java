package vn.doingoai.commons.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The run command's database: a persistent cluster in a project-local folder, one database and
 * role per service, kept up until the process is told to stop (SIGTERM), which stops PostgreSQL
 * cleanly.
 *
 * <pre>java LocalPostgresMain --data DIR --port 15432 --database agreement ... --ready-file FILE</pre>
 */
public final class LocalPostgresMain {

    private LocalPostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        Path readyFile = null;
        int port = 15432;
        List<String> databases = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--data" -> data = Path.of(value).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(value);
                case "--database" -> databases.add(value);
                case "--ready-file" -> readyFile = Path.of(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        LocalPostgres postgres = LocalPostgres.start(data, true, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            postgres.close();
            stopped.countDown();
        }, "postgres-stop"));
        for (String database : databases) {
            postgres.ensureDatabase(database, database);
        }
        System.out.println("PostgreSQL ready on 127.0.0.1:" + postgres.port() + ", data in " + data);
        if (readyFile != null) {
            Files.writeString(readyFile, Integer.toString(postgres.port()));
        }
        stopped.await();
    }
}

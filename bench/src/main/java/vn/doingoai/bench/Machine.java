package vn.doingoai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Where the figures were measured: processor, memory, versions and the volume loaded. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        StringBuilder md = new StringBuilder("| | |\n|---|---|\n");
        md.append("| processor | ").append(Runtime.getRuntime().availableProcessors()).append(" × ").append(cpu()).append(" |\n");
        md.append("| memory | ").append(memory()).append(" |\n");
        md.append("| Java | ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append(" |\n");
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:15432/delegation?user=postgres");
                Statement st = db.createStatement()) {
            md.append("| PostgreSQL | ").append(one(st, "select version()").replaceAll(" on .*", "")).append(" |\n");
            md.append("| loaded | ").append(one(st, "select to_char(count(*), 'FM9G999G999G999') from delegation")).append(" delegations, ")
                    .append(one(st, "select to_char(count(*), 'FM9G999G999G999') from delegation_member")).append(" memberships, ")
                    .append(one(st, "select to_char(count(*), 'FM9G999G999G999') from person")).append(" people |\n");
        } catch (SQLException e) {
            md.append("| PostgreSQL | ").append(e.getMessage()).append(" |\n");
        }
        return md.toString();
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.replaceFirst(".*:\\s*", "")).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}

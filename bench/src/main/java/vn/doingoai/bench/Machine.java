package vn.doingoai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** Where the figures were measured: processor, memory, versions and the volume loaded. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        StringBuilder md = new StringBuilder("| | |\n|---|---|\n");
        md.append("| processor | ").append(Runtime.getRuntime().availableProcessors()).append(" × ").append(cpu()).append(" |\n");
        md.append("| memory | ").append(memory()).append(" |\n");
        md.append("| Java | ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append(" |\n");
        try {
            md.append("| PostgreSQL | ").append(Suite.one("delegation", "select version()").replaceAll(" on .*", "")).append(" |\n");
            md.append("| loaded | ").append(loaded()).append(" |\n");
        } catch (SQLException e) {
            md.append("| PostgreSQL | ").append(e.getMessage()).append(" |\n");
        }
        return md.toString();
    }

    /** The delegations, memberships and people in the database now. */
    static String loaded() throws SQLException {
        return count("delegation") + " delegations, " + count("delegation_member") + " memberships, " + count("person") + " people";
    }

    private static String count(String table) throws SQLException {
        return Suite.one("delegation", "select to_char(count(*), 'FM9G999G999G999') from " + table);
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

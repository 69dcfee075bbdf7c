package vn.doingoai.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.doingoai.commons.personaldata.PersonalDataCipher;
import vn.doingoai.commons.personaldata.PersonalDataConfig;

/**
 * {@code bench/volume.sh load}: fills the running suite's three databases with national volume × 10
 * (or the number of delegations given), one transaction per database, replacing an earlier load.
 * <p>
 * Arguments: {@code --delegations N} (default 1 000 000), {@code --database URL} (default
 * {@code jdbc:postgresql://127.0.0.1:15432/}, the suite's PostgreSQL, as its superuser), {@code --only
 * agreement,delegation,reporting} (the databases to load; partners are generated, not read, so a
 * database loads alone with the same results). The
 * personal-data keys are the suite's, from the environment (DOINGOAI_PERSONAL_DATA_*).
 */
public final class VolumeLoad {

    private VolumeLoad() {
    }

    public static void main(String[] args) throws SQLException {
        List<String> list = Arrays.asList(args);
        long delegations = Long.parseLong(option(list, "--delegations", "1000000").replace("_", ""));
        String database = option(list, "--database", "jdbc:postgresql://127.0.0.1:15432/");
        Volume volume = new Volume(delegations);
        Progress progress = new Progress();
        PersonalDataCipher cipher = new PersonalDataCipher(keysFromEnvironment());
        Provinces provinces;
        try (Connection agreements = connect(database, "agreement")) {
            provinces = Provinces.read(agreements);
        }
        AgreementVolume agreementVolume = new AgreementVolume(volume, provinces);
        List<String> only = List.of(option(list, "--only", "agreement,delegation,reporting").split(","));
        if (only.contains("agreement")) {
            try (Bulk bulk = new Bulk(connect(database, "agreement"), progress)) {
                agreementVolume.load(bulk, progress);
            }
        }
        if (only.contains("delegation")) {
            try (Bulk bulk = new Bulk(connect(database, "delegation"), progress)) {
                new DelegationVolume(volume, provinces, agreementVolume, cipher).load(bulk, progress);
            }
        }
        if (only.contains("reporting")) {
            try (Bulk bulk = new Bulk(connect(database, "reporting"), progress)) {
                new ReportingVolume(volume, provinces).load(bulk, progress);
            }
        }
        progress.step("loaded");
    }

    private static Connection connect(String database, String name) throws SQLException {
        return DriverManager.getConnection(database + name + "?user=postgres&ApplicationName=bench-volume-load");
    }

    private static String option(List<String> args, String name, String otherwise) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
    }

    /** The suite's personal-data keys, the same variables delegation-service reads. */
    static PersonalDataConfig keysFromEnvironment() {
        return new PersonalDataConfig() {
            @Override
            public Optional<List<String>> keys() {
                return list("DOINGOAI_PERSONAL_DATA_KEYS");
            }

            @Override
            public Optional<String> currentKey() {
                return Optional.ofNullable(System.getenv("DOINGOAI_PERSONAL_DATA_CURRENT_KEY"));
            }

            @Override
            public Optional<List<String>> indexKeys() {
                return list("DOINGOAI_PERSONAL_DATA_INDEX_KEYS");
            }

            @Override
            public Optional<String> currentIndexKey() {
                return Optional.ofNullable(System.getenv("DOINGOAI_PERSONAL_DATA_CURRENT_INDEX_KEY"));
            }

            private Optional<List<String>> list(String name) {
                return Optional.ofNullable(System.getenv(name)).map(v -> List.of(v.split(",")));
            }
        };
    }
}

package io.github.mysqlconfigaudit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** The same targets for ten minutes each: {@code mvn -Pfuzz -pl rules test}. */
class LongFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void optionFileReader(FuzzedDataProvider data) {
        Harness.optionFile(data);
    }

    @FuzzTest(maxDuration = "10m")
    void haproxyReader(FuzzedDataProvider data) {
        Harness.haproxy(data);
    }

    @FuzzTest(maxDuration = "10m")
    void manifestReader(FuzzedDataProvider data) {
        Harness.manifest(data);
    }

    @FuzzTest(maxDuration = "10m")
    void applicationConfigReader(FuzzedDataProvider data) {
        Harness.applicationConfig(data);
    }

    @FuzzTest(maxDuration = "10m")
    void wholeEngine(FuzzedDataProvider data) throws Exception {
        Harness.engine(data);
    }
}

package cn.huiyin.cases;

import cn.huiyin.testkit.HuiyinArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** case-service's features (cases, callbacks, deadlines, routing, supervision) and their layers keep STYLE.md. */
@AnalyzeClasses(packages = "cn.huiyin.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersFeaturesAndServiceBoundaries = HuiyinArchitecture.serviceRules("cn.huiyin.cases");
}

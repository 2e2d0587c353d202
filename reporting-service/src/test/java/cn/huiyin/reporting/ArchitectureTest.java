package cn.huiyin.reporting;

import cn.huiyin.testkit.HuiyinArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Issue 18: reporting-service's features and layers, as every service keeps them (STYLE.md). */
@AnalyzeClasses(packages = "cn.huiyin.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersFeaturesAndServiceBoundaries = HuiyinArchitecture.serviceRules("cn.huiyin.reporting");
}

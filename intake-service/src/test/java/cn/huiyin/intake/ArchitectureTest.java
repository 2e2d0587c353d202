package cn.huiyin.intake;

import cn.huiyin.testkit.HuiyinArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "cn.huiyin.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersFeaturesAndServiceBoundaries = HuiyinArchitecture.serviceRules("cn.huiyin.intake");
}

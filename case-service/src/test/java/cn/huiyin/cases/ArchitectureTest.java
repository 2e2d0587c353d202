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
    static final ArchRule domainModelIsPlainJava = HuiyinArchitecture.domainModelIsPlainJava();

    @ArchTest
    static final ArchRule modelDependsOnNoOuterLayer = HuiyinArchitecture.modelDependsOnNoOuterLayer();

    @ArchTest
    static final ArchRule applicationDependsOnNeitherWebNorMessaging =
            HuiyinArchitecture.applicationDependsOnNeitherWebNorMessaging();

    @ArchTest
    static final ArchRule adaptersDoNotUseInfrastructure = HuiyinArchitecture.adaptersDoNotUseInfrastructure();

    @ArchTest
    static final ArchRule infrastructureDoesNotUseAdapters = HuiyinArchitecture.infrastructureDoesNotUseAdapters();

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = HuiyinArchitecture.featuresAreFreeOfCycles("cn.huiyin.cases");

    @ArchTest
    static final ArchRule usesNoOtherServicesPackages =
            HuiyinArchitecture.usesNoOtherServicesPackages("cn.huiyin.cases");
}

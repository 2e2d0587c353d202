package cn.huiyin.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

/**
 * Architecture rules every service keeps (STYLE.md). A service is made of feature packages
 * ({@code cn.huiyin.monitoring.visits}), each layered the same way: {@code model} (plain Java aggregates that return
 * their events), {@code application} (use cases and the repository ports they own), {@code infrastructure} (MongoDB
 * documents and the stores implementing the ports), {@code web} (handlers that translate HTTP only) and
 * {@code messaging} (Kafka consumers). Classes at a feature's root wire it together.
 */
public final class HuiyinArchitecture {

    private static final List<String> SERVICES = List.of("cn.huiyin.intake", "cn.huiyin.cases",
            "cn.huiyin.monitoring", "cn.huiyin.reporting");

    private HuiyinArchitecture() {
    }

    /** Classes in any {@code ..model..} package use no Spring, Mongo, Kafka, Reactor or web types. */
    public static ArchRule domainModelIsPlainJava() {
        return noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "org.apache.kafka..",
                        "reactor..", "jakarta.servlet..", "tools.jackson..", "com.fasterxml.jackson.databind..",
                        "io.micrometer..")
                .because("aggregates enforce their own rules and return events; adapters do the I/O")
                .allowEmptyShould(true);
    }

    /** The model knows nothing of the use cases, the stores, HTTP or Kafka around it. */
    public static ArchRule modelDependsOnNoOuterLayer() {
        return noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..",
                        "..web..", "..messaging..")
                .because("the model is the innermost layer")
                .allowEmptyShould(true);
    }

    /** Use cases speak the domain's language: they throw the chassis's domain refusals, never HTTP problems. */
    public static ArchRule applicationDependsOnNeitherWebNorMessaging() {
        return noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..messaging..")
                .because("a use case is the same whether HTTP or Kafka asked for it")
                .allowEmptyShould(true);
    }

    /** Handlers and consumers reach the stores only through the application's ports and views. */
    public static ArchRule adaptersDoNotUseInfrastructure() {
        return noClasses().that().resideInAnyPackage("..web..", "..messaging..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .because("handlers translate HTTP and consumers translate events; documents stay behind the ports")
                .allowEmptyShould(true);
    }

    /** Stores implement the application's ports; they never call back into HTTP or Kafka adapters. */
    public static ArchRule infrastructureDoesNotUseAdapters() {
        return noClasses().that().resideInAPackage("..infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..messaging..")
                .because("the stores sit below the use cases")
                .allowEmptyShould(true);
    }

    /** The feature packages under {@code servicePackage} may use each other only one way round. */
    public static ArchRule featuresAreFreeOfCycles(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles()
                .because("features are peers: a cycle means two of them are one feature or share a missing one")
                .allowEmptyShould(true);
    }

    /** A service shares code with the others only through the platform modules, never their packages. */
    public static ArchRule usesNoOtherServicesPackages(String servicePackage) {
        String[] others = SERVICES.stream().filter(service -> !service.equals(servicePackage))
                .map(service -> service + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share only events, the chassis and the platform modules")
                .allowEmptyShould(true);
    }

    /** Every rule above for the service under {@code servicePackage}, as one rule each service's test declares. */
    public static ArchRule serviceRules(String servicePackage) {
        return com.tngtech.archunit.lang.CompositeArchRule.of(domainModelIsPlainJava())
                .and(modelDependsOnNoOuterLayer())
                .and(applicationDependsOnNeitherWebNorMessaging())
                .and(adaptersDoNotUseInfrastructure())
                .and(infrastructureDoesNotUseAdapters())
                .and(featuresAreFreeOfCycles(servicePackage))
                .and(usesNoOtherServicesPackages(servicePackage));
    }
}

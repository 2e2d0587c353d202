package cn.huiyin.local.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** Architecture rules every service keeps (STYLE.md: the domain is plain Java). */
public final class HuiyinArchitecture {

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
}

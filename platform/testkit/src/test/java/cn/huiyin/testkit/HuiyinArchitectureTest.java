package cn.huiyin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huiyin.testkit.archfixture.model.CleanCase;
import cn.huiyin.testkit.archfixture.model.TaintedCase;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

class HuiyinArchitectureTest {

    @Test
    void reportsADomainModelClassThatUsesSpring() {
        JavaClasses classes = new ClassFileImporter().importClasses(TaintedCase.class, CleanCase.class);

        EvaluationResult result = HuiyinArchitecture.domainModelIsPlainJava().evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(TaintedCase.class.getName()))
                .noneSatisfy(line -> assertThat(line).contains(CleanCase.class.getName() + "."));
    }

    @Test
    void acceptsAPlainJavaDomainModel() {
        JavaClasses classes = new ClassFileImporter().importClasses(CleanCase.class);

        assertThat(HuiyinArchitecture.domainModelIsPlainJava().evaluate(classes).hasViolation()).isFalse();
    }
}

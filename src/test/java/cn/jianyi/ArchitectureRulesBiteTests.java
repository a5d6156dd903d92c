package cn.jianyi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import archfixtures.core.CaseServiceImpl;
import archfixtures.core.FieldInjected;
import archfixtures.core.ICaseService;
import archfixtures.web.PublicController;
import cn.jianyi.archfixtures.StatusSetter;

/** Each rule of {@link ArchitectureTests} fails on a deliberately bad class and passes on a good one. */
class ArchitectureRulesBiteTests {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("archfixtures",
            "cn.jianyi.archfixtures");

    @Test
    void publicControllerIsCaught() {
        assertThat(violations(ArchitectureTests.controllersArePackagePrivate))
                .contains(PublicController.class.getName()).doesNotContain("PackagePrivateController");
    }

    @Test
    void publicSetStatusIsCaught() {
        assertThat(violations(ArchitectureTests.noStatusSetters)).contains(StatusSetter.class.getName() + ".setStatus");
    }

    @Test
    void fieldInjectionIsCaught() {
        assertThat(violations(ArchitectureTests.noFieldInjection)).contains(FieldInjected.class.getName() + ".collaborator");
    }

    @Test
    void serviceImplAndInterfacePrefixAreCaught() {
        assertThat(violations(ArchitectureTests.noServiceImplPairs))
                .contains(CaseServiceImpl.class.getName(), ICaseService.class.getName());
    }

    @Test
    void servletTypesOutsideWebAreCaught() {
        assertThat(violations(ArchitectureTests.servletTypesOnlyInWebPackages))
                .contains(FieldInjected.class.getName()).doesNotContain("PackagePrivateController");
    }

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }
}

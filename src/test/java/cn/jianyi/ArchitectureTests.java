package cn.jianyi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import static com.tngtech.archunit.base.DescribedPredicate.not;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;

/** Conventions of the style guide, enforced. */
@AnalyzeClasses(packages = "cn.jianyi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** A method a library's interface makes us write (an adapter's setLevel), not a setter of ours. */
    private static final DescribedPredicate<JavaMethod> IMPLEMENT_A_LIBRARY_INTERFACE =
            DescribedPredicate.describe("implement a library interface's method", method ->
                    method.getOwner().getAllRawInterfaces().stream()
                            .filter(type -> !type.getPackageName().startsWith("cn.jianyi"))
                            .anyMatch(type -> type.tryGetMethod(method.getName(),
                                    method.getRawParameterTypes().stream().map(JavaClass::getName)
                                            .toArray(String[]::new)).isPresent()));

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that().areAnnotatedWith(Controller.class)
            .should().notBePublic().andShould().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule noStatusSetters = noMethods().that().areDeclaredInClassesThat().resideInAPackage("cn.jianyi..")
            .should().haveNameMatching("set(Status|State)")
            .because("statuses move only through intention-named transitions");

    @ArchTest
    static final ArchRule noFieldInjection = noFields().should().beAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule noServiceImplPairs = noClasses().should().haveSimpleNameEndingWith("ServiceImpl")
            .orShould().haveNameMatching(".*\\.I[A-Z][a-zA-Z]*Service");

    @ArchTest
    static final ArchRule servletTypesOnlyInWebPackages = noClasses().that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..");

    @ArchTest
    static final ArchRule entitiesHaveNoPublicSetters = methods().that().areDeclaredInClassesThat()
            .resideInAPackage("cn.jianyi..").and().haveNameMatching("set[A-Z].*").and().arePublic()
            .and(not(IMPLEMENT_A_LIBRARY_INTERFACE))
            .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Settings").allowEmptyShould(true);
    @ArchTest
    static final ArchRule constantsAreFinal = fields().that().areStatic().and().arePublic()
            .should().haveModifier(JavaModifier.FINAL);
}

package cn.jianyi.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.springframework.boot.test.context.SpringBootTest;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Every Spring-context test goes through {@link IntegrationTest}, so it gets a fresh database and runs on both. */
@AnalyzeClasses(packages = "cn.jianyi", importOptions = ImportOption.OnlyIncludeTests.class)
class TestConventionsTests {

    @ArchTest
    static final ArchRule springTestsUseIntegrationTest = classes().that().areMetaAnnotatedWith(SpringBootTest.class)
            .and().areNotAnnotations()
            .should().beMetaAnnotatedWith(IntegrationTest.class)
            .because("@IntegrationTest tags the test for the PostgreSQL run and turns demo data off by default");
}

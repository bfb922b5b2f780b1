package com.outsidein;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/** Keeps the layer table of ARCHITECTURE.md true. */
@AnalyzeClasses(packages = "com.outsidein", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layersUseOnlyWhatTheTableAllows =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("domain")
          .definedBy("com.outsidein.domain..")
          .layer("store")
          .definedBy("com.outsidein.store..")
          .layer("service")
          .definedBy("com.outsidein.service..")
          .layer("exchange")
          .definedBy("com.outsidein.exchange..")
          .layer("ui")
          .definedBy("com.outsidein.ui..")
          .layer("cli")
          .definedBy("com.outsidein.cli..")
          .layer("app")
          .definedBy("com.outsidein.app..")
          .whereLayer("app")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("ui")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("cli")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("exchange")
          .mayOnlyBeAccessedByLayers("ui", "cli", "app")
          .whereLayer("service")
          .mayOnlyBeAccessedByLayers("exchange", "ui", "cli", "app")
          .whereLayer("store")
          .mayOnlyBeAccessedByLayers("service", "app");

  @ArchTest
  static final ArchRule javafxOnlyInUiAndApp =
      noClasses()
          .that()
          .resideOutsideOfPackages("com.outsidein.ui..", "com.outsidein.app..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp..", "org.fxmisc..");

  @ArchTest
  static final ArchRule jooqOnlyInStore =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.outsidein.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.jooq..");

  @ArchTest
  static final ArchRule poiOnlyInExchange =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.outsidein.exchange..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.poi..");

  @ArchTest
  static final ArchRule domainUsesNoLibraries =
      noClasses()
          .that()
          .resideInAPackage("com.outsidein.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.jooq..", "org.h2..", "javafx..", "org.apache..", "picocli..", "com.fasterxml..");

  @ArchTest
  static final ArchRule noConsoleOutputOutsideTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackages("com.outsidein.cli..", "com.outsidein.app..")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err");

  @ArchTest
  static final ArchRule noPrintedStackTraces =
      noClasses().should().callMethod(Throwable.class, "printStackTrace");

  @ArchTest
  static final ArchRule threadsAreMadeOnlyInApp =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.outsidein.app..")
          .should()
          .callConstructorWhere(constructorOf(Thread.class))
          .orShould()
          .callMethodWhere(poolFactoryOf(Executors.class))
          .orShould()
          .callMethodWhere(asyncWithoutAnExecutor())
          .because("every pool is made in app and handed down, so it is named and shut down");

  @ArchTest
  static final ArchRule onlyViewModelsUseServices =
      noClasses()
          .that()
          .resideInAPackage("com.outsidein.ui..")
          .and(DescribedPredicate.not(partOfAViewModel()))
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.outsidein.service..")
          .because("a view lays out and binds; its view model, built in app, calls the services");

  @ArchTest
  static final ArchRule viewModelsCreateNoControls =
      noClasses()
          .that(partOfAViewModel())
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "javafx.scene", "javafx.scene.control..", "javafx.scene.layout..", "javafx.stage..")
          .because("a view model is tested without a window");

  @ArchTest
  static final ArchRule noStaticOpenInUi =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("com.outsidein.ui..")
          .and()
          .haveName("open")
          .should()
          .notBeStatic()
          .because("every screen and dialog is built in app with its view model");

  /** A view model, or a class that holds part of one's state (its rows, its filters). */
  private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> partOfAViewModel() {
    return DescribedPredicate.describe(
        "part of a view model",
        type -> {
          String name = type.getName().replaceAll("\\$.*", "");
          return name.endsWith("ViewModel") || VIEW_MODEL_PARTS.contains(name);
        });
  }

  private static final java.util.Set<String> VIEW_MODEL_PARTS =
      java.util.Set.of(
          "com.outsidein.ui.screens.ObservationRows",
          "com.outsidein.ui.screens.ObservationFilters");

  private static DescribedPredicate<JavaConstructorCall> constructorOf(Class<?> type) {
    return DescribedPredicate.describe(
        "a constructor of " + type.getSimpleName() + " or a subclass",
        call -> call.getTargetOwner().isAssignableTo(type));
  }

  private static DescribedPredicate<JavaMethodCall> poolFactoryOf(Class<?> factory) {
    return DescribedPredicate.describe(
        factory.getSimpleName() + ".new…",
        call -> call.getTargetOwner().isEquivalentTo(factory) && call.getName().startsWith("new"));
  }

  private static DescribedPredicate<JavaMethodCall> asyncWithoutAnExecutor() {
    return DescribedPredicate.describe(
        "an …Async method without an executor argument",
        call ->
            call.getName().endsWith("Async")
                && call.getTarget().getRawParameterTypes().stream()
                    .noneMatch(parameter -> parameter.isAssignableTo(Executor.class)));
  }
}

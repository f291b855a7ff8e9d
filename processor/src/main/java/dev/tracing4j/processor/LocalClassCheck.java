package dev.tracing4j.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Optional;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Reports {@code @Instrument} on methods of local and anonymous classes. javac does not show
 * those classes to annotation processors, and nothing outside the declaring method could extend
 * them anyway, so the annotation would otherwise do nothing without a word.
 *
 * <p>The annotation is recognised by its name in the source (fully qualified, or simple and
 * imported), since such classes are attributed only after processing. Needs javac's tree API;
 * with another compiler the check is skipped.
 */
final class LocalClassCheck {
  private static final String PACKAGE = "dev.tracing4j";
  private static final String SIMPLE_NAME = "Instrument";

  private final Optional<Trees> trees;
  private final ErrorReporter errors;

  /** A check using javac's trees; without them it does nothing. */
  LocalClassCheck(Optional<Trees> trees, ErrorReporter errors) {
    this.trees = trees;
    this.errors = errors;
  }

  /** Reports every such annotation in the top-level types of {@code round}. */
  void check(RoundEnvironment round) {
    if (trees.isEmpty()) {
      return;
    }
    for (Element root : round.getRootElements()) {
      if (!root.getKind().isClass() && !root.getKind().isInterface()
          || root.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
        continue;
      }
      pathOf(trees.get(), root)
          .ifPresent(path -> new Scanner(path.getCompilationUnit()).scan(path, null));
    }
  }

  /** The type's tree; none for a type read from a class file. */
  private static Optional<TreePath> pathOf(Trees trees, Element element) {
    try {
      return Optional.ofNullable(trees.getPath(element));
    } catch (RuntimeException unavailable) {
      return Optional.empty();
    }
  }

  /** Walks a type's tree, remembering whether it is inside a local or anonymous class. */
  private final class Scanner extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree unit;
    private final boolean imported;
    /** The outermost local or anonymous class being walked; null outside any. */
    private ClassTree local;
    private boolean anonymous;

    Scanner(CompilationUnitTree unit) {
      this.unit = unit;
      this.imported = importsInstrument(unit);
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      boolean member = parent instanceof ClassTree || parent instanceof CompilationUnitTree;
      if (member || local != null) {
        return super.visitClass(node, unused);
      }
      local = node;
      anonymous = parent instanceof NewClassTree;
      try {
        return super.visitClass(node, unused);
      } finally {
        local = null;
      }
    }

    @Override
    public Void visitMethod(MethodTree node, Void unused) {
      if (local != null) {
        for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
          if (isInstrument(annotation.getAnnotationType().toString())) {
            errors.reportError(annotation, unit, message(local));
          }
        }
      }
      return super.visitMethod(node, unused);
    }

    private String message(ClassTree type) {
      return anonymous
          ? "@Instrument cannot be applied to methods of an anonymous class: no class can be"
              + " generated to extend it. Make it a static nested class or remove the annotation."
          : "@Instrument cannot be applied to methods of local class '" + type.getSimpleName()
              + "': no class can be generated to extend it outside the method that declares it."
              + " Make it a static nested class or remove the annotation.";
    }

    private boolean isInstrument(String name) {
      return name.equals(PACKAGE + "." + SIMPLE_NAME) || imported && name.equals(SIMPLE_NAME);
    }
  }

  private static boolean importsInstrument(CompilationUnitTree unit) {
    if (unit.getPackageName() != null && unit.getPackageName().toString().equals(PACKAGE)) {
      return true;
    }
    for (ImportTree declaration : unit.getImports()) {
      String name = declaration.getQualifiedIdentifier().toString();
      if (!declaration.isStatic()
          && (name.equals(PACKAGE + "." + SIMPLE_NAME) || name.equals(PACKAGE + ".*"))) {
        return true;
      }
    }
    return false;
  }
}

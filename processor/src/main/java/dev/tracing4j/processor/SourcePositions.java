package dev.tracing4j.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Source file names and line numbers for callsite metadata, from javac's tree API. Other
 * compilers (or build tools that wrap the processing environment) give no trees; then the file is
 * derived from the top-level class and the line is 0 (unknown).
 */
final class SourcePositions {
  private final Optional<Trees> trees;

  SourcePositions(Optional<Trees> trees) {
    this.trees = trees;
  }

  /** The simple name of the file declaring {@code method}, e.g. {@code OrderService.java}. */
  String file(ExecutableElement method) {
    return path(method)
        .map(path -> path.getCompilationUnit().getSourceFile())
        .map(source -> source.getName())
        .map(name -> name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1))
        .orElseGet(() -> topLevelType(method).getSimpleName() + ".java");
  }

  private static Element topLevelType(Element element) {
    Element outermost = element;
    while (outermost.getEnclosingElement() instanceof TypeElement type) {
      outermost = type;
    }
    return outermost;
  }

  /** The line of the method's declaration (its return type), or 0 when unknown. */
  int line(ExecutableElement method) {
    Optional<TreePath> path = path(method);
    if (path.isEmpty() || !(path.get().getLeaf() instanceof MethodTree tree)) {
      return 0;
    }
    CompilationUnitTree unit = path.get().getCompilationUnit();
    Tree anchor = tree.getReturnType() != null ? tree.getReturnType() : tree;
    long position = trees.get().getSourcePositions().getStartPosition(unit, anchor);
    return position < 0 || unit.getLineMap() == null
        ? 0 : (int) unit.getLineMap().getLineNumber(position);
  }

  /** The element's tree; none without javac's trees, or for an element read from a class file. */
  private Optional<TreePath> path(Element element) {
    try {
      return trees.map(api -> api.getPath(element));
    } catch (RuntimeException unavailable) {
      return Optional.empty();
    }
  }
}

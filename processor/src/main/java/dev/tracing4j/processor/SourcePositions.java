package dev.tracing4j.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Source file names and line numbers for callsite metadata, from javac's tree API. Other
 * compilers (or build tools that wrap the processing environment) give no trees; then the file is
 * derived from the top-level class and the line is 0 (unknown).
 */
final class SourcePositions {
  private final Trees trees;

  SourcePositions(ProcessingEnvironment environment) {
    Trees found;
    try {
      found = Trees.instance(environment);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      found = null;
    }
    this.trees = found;
  }

  /** The simple name of the file declaring {@code method}, e.g. {@code OrderService.java}. */
  String file(ExecutableElement method) {
    TreePath path = path(method);
    if (path != null && path.getCompilationUnit().getSourceFile() != null) {
      String name = path.getCompilationUnit().getSourceFile().getName();
      return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
    Element outermost = method;
    while (outermost.getEnclosingElement() instanceof TypeElement type) {
      outermost = type;
    }
    return outermost.getSimpleName() + ".java";
  }

  /** The line of the method's declaration (its return type), or 0 when unknown. */
  int line(ExecutableElement method) {
    TreePath path = path(method);
    if (path == null || !(path.getLeaf() instanceof MethodTree tree)) {
      return 0;
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    Tree anchor = tree.getReturnType() != null ? tree.getReturnType() : tree;
    long position = trees.getSourcePositions().getStartPosition(unit, anchor);
    return position < 0 || unit.getLineMap() == null
        ? 0 : (int) unit.getLineMap().getLineNumber(position);
  }

  private TreePath path(Element element) {
    if (trees == null) {
      return null;
    }
    try {
      return trees.getPath(element);
    } catch (RuntimeException unavailable) {
      return null;
    }
  }
}

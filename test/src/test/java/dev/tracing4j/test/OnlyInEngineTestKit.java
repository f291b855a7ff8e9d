package dev.tracing4j.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Disables an example test class unless {@link TracingExtensionTest} runs it: some fail on
 * purpose, others need JUnit's parallel mode. {@code -Dtest=TracingExtension*} would select them.
 */
final class OnlyInEngineTestKit implements ExecutionCondition {
  static final String PARAMETER = "tracing4j.test.examples";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return context.getConfigurationParameter(PARAMETER).isPresent()
        ? ConditionEvaluationResult.enabled("run by TracingExtensionTest")
        : ConditionEvaluationResult.disabled("an example that TracingExtensionTest runs");
  }
}

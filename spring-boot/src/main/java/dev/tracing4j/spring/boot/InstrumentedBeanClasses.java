package dev.tracing4j.spring.boot;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;

/**
 * Gives every bean definition whose class has {@code @Instrument} methods the generated class
 * instead, as the processor's index lists them. The definition keeps its name, scope, qualifiers
 * and injection points, so constructor and field injection work as before and the bean stays the
 * only one of its type; Spring's proxies ({@code @Transactional}, {@code @Async}) wrap the
 * generated class as they wrapped the original.
 *
 * <p>{@code @Bean} factory methods are the user's code and are left alone: such a method returns
 * {@code new InstrumentedOrderService(...)} to be traced. Definitions with an instance supplier
 * (registered in code, or by Spring AOT) are left alone too: under AOT the swap ran at build time,
 * and the generated code already creates the generated class.
 */
final class InstrumentedBeanClasses
    implements BeanDefinitionRegistryPostProcessor, BeanClassLoaderAware, Ordered {

  private static final Log LOG = LogFactory.getLog(InstrumentedBeanClasses.class);

  private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();
  private InstrumentedClassIndex index;

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /** After every other registry post-processor, so that scanned definitions are all there. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    swap(registry);
  }

  /** Again for definitions that registry post-processors running after this one added. */
  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (beanFactory instanceof BeanDefinitionRegistry registry) {
      swap(registry);
    }
  }

  private void swap(BeanDefinitionRegistry registry) {
    if (index == null) {
      index = InstrumentedClassIndex.read(classLoader);
    }
    if (index.isEmpty()) {
      return;
    }
    for (String name : registry.getBeanDefinitionNames()) {
      BeanDefinition definition = registry.getBeanDefinition(name);
      String generated = generatedClassFor(definition);
      if (generated != null) {
        if (LOG.isDebugEnabled()) {
          LOG.debug("tracing4j: bean '" + name + "' (" + definition.getBeanClassName()
              + ") is created as " + generated);
        }
        definition.setBeanClassName(generated);
      }
    }
  }

  /** The class to create the bean as, or {@code null} to leave the definition as it is. */
  private String generatedClassFor(BeanDefinition definition) {
    String original = definition.getBeanClassName();
    if (original == null || definition.getFactoryMethodName() != null || definition.isAbstract()) {
      return null;
    }
    if (definition instanceof AbstractBeanDefinition full && full.getInstanceSupplier() != null) {
      return null;
    }
    String generated = index.generatedFor(original);
    if (generated == null || isInterface(original)) {
      return null; // an interface's generated class decorates a delegate: nothing to swap
    }
    return generated;
  }

  private boolean isInterface(String className) {
    try {
      return ClassUtils.forName(className, classLoader).isInterface();
    } catch (ClassNotFoundException | LinkageError e) {
      return true; // Spring reports the missing class itself when it creates the bean
    }
  }
}

package dev.tracing4j.slf4j;

import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.spi.MDCAdapter;

/**
 * SLF4J's MDC for this provider: each thread's entries in the order they were put, so that they
 * print in that order, inherited by threads it starts (as with SLF4J's basic adapter). The
 * by-key deques are SLF4J's basic ones.
 */
final class TracingMdcAdapter implements MDCAdapter {

  private final InheritableThreadLocal<Map<String, String>> entries =
      new InheritableThreadLocal<>() {
        @Override
        protected Map<String, String> childValue(Map<String, String> parent) {
          return parent == null ? null : new LinkedHashMap<>(parent);
        }
      };
  private final BasicMDCAdapter deques = new BasicMDCAdapter();

  /** The calling thread's entries, read in place; {@code null} when it has none. */
  Map<String, String> current() {
    return entries.get();
  }

  @Override
  public void put(String key, String value) {
    if (key == null) {
      throw new IllegalArgumentException("the MDC key cannot be null");
    }
    Map<String, String> map = entries.get();
    if (map == null) {
      map = new LinkedHashMap<>();
      entries.set(map);
    }
    map.put(key, value);
  }

  @Override
  public String get(String key) {
    Map<String, String> map = entries.get();
    return map == null || key == null ? null : map.get(key);
  }

  @Override
  public void remove(String key) {
    Map<String, String> map = entries.get();
    if (map != null) {
      map.remove(key);
    }
  }

  @Override
  public void clear() {
    entries.remove();
  }

  @Override
  public Map<String, String> getCopyOfContextMap() {
    Map<String, String> map = entries.get();
    return map == null ? null : new LinkedHashMap<>(map);
  }

  @Override
  public void setContextMap(Map<String, String> contextMap) {
    entries.set(contextMap == null ? null : new LinkedHashMap<>(contextMap));
  }

  @Override
  public void pushByKey(String key, String value) {
    deques.pushByKey(key, value);
  }

  @Override
  public String popByKey(String key) {
    return deques.popByKey(key);
  }

  @Override
  public Deque<String> getCopyOfDequeByKey(String key) {
    return deques.getCopyOfDequeByKey(key);
  }

  @Override
  public void clearDequeByKey(String key) {
    deques.clearDequeByKey(key);
  }
}

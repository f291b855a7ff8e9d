package com.shop;

import dev.tracing4j.Instrument;
import java.util.List;

public abstract class Cache<K extends Comparable<K>, V> {
  protected Cache(int capacity) {}

  @Instrument(fields = "size = keys.size()")
  public <R extends V> List<R> getAll(List<K> keys, Class<R> type) {
    return List.of();
  }

  @Instrument
  public V get(K key) {
    return load(key);
  }

  protected abstract V load(K key);
}

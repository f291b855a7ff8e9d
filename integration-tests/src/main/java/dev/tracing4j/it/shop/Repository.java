package dev.tracing4j.it.shop;

import dev.tracing4j.Instrument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A generic class with a generic method. */
public class Repository<T extends CharSequence> {
  private final List<T> items = new ArrayList<>();

  @Instrument(fields = "length = item.length()")
  public void add(T item) {
    items.add(item);
  }

  @Instrument(skip = "mapper", ret = true)
  public <R> List<R> map(Function<? super T, R> mapper) {
    List<R> out = new ArrayList<>();
    items.forEach(item -> out.add(mapper.apply(item)));
    return out;
  }
}

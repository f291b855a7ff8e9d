package com.shop;

import dev.tracing4j.Instrument;

class Outer {
  static class Inner {
    @Instrument
    String greet(String name) {
      return "hello " + name;
    }
  }
}

package dev.interceptor.archfixture.cycle.a;

import dev.interceptor.archfixture.cycle.b.CycleB;

/** One half of a package cycle. */
public final class CycleA {

  public CycleB next() {
    return new CycleB();
  }
}

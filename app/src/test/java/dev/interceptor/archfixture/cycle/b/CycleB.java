package dev.interceptor.archfixture.cycle.b;

import dev.interceptor.archfixture.cycle.a.CycleA;

/** The other half of a package cycle. */
public final class CycleB {

  public CycleA back() {
    return new CycleA();
  }
}

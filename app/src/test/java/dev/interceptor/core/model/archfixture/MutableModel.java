package dev.interceptor.core.model.archfixture;

/** Breaks "model fields are final". */
public final class MutableModel {

  private String name = "";

  public String name() {
    return name;
  }

  public void rename(String name) {
    this.name = name;
  }
}

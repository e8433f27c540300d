/**
 * The store on SQLite: History, collections, the cookie jar, settings and host sessions in one
 * database file. {@link dev.interceptor.adapter.storage.SqliteStore} opens it and hands out the
 * core's outbound ports; {@link dev.interceptor.adapter.storage.DataDirectory} says where it lives.
 */
@NullMarked
package dev.interceptor.adapter.storage;

import org.jspecify.annotations.NullMarked;

/**
 * Export and import formats: HAR 1.2, Postman Collection v2.1, cURL commands, Netscape cookies.txt
 * and JSON cookies. The public types are the entries the application binds; everything else is
 * package-private.
 */
@NullMarked
package dev.interceptor.adapter.export;

import org.jspecify.annotations.NullMarked;

/**
 * The capture pre-filter: the extension's copy of the host's capture rule, applied so that traffic
 * the user does not want never crosses the bridge. The host applies the filter again with RE2, so a
 * pattern that JavaScript reads differently, or cannot compile, errs on the side of sending.
 */

/** The contract's resource type groups, from the browser's finer type names. */
const TYPE_GROUPS = new Map([
  ['xmlhttprequest', 'xhr'],
  ['xhr', 'xhr'],
  ['fetch', 'xhr'],
  ['main_frame', 'document'],
  ['sub_frame', 'document'],
  ['document', 'document'],
  ['script', 'script'],
  ['stylesheet', 'stylesheet'],
  ['image', 'image'],
  ['imageset', 'image'],
  ['font', 'font'],
  ['media', 'media'],
  ['websocket', 'websocket'],
]);

/** Maps a browser type (`main_frame`, `xmlhttprequest`...) to its group; unknown ones are `other`. */
export function resourceGroup(browserType) {
  return TYPE_GROUPS.get(String(browserType ?? '').toLowerCase()) ?? 'other';
}

/**
 * Translates the RE2 forms JavaScript lacks into JavaScript ones: a leading flag group such as
 * `(?i)` becomes a flag, `(?P<name>` a named group, `\A` and `\z` anchors. Returns null when
 * JavaScript cannot compile the result, meaning "no opinion".
 */
export function compilePattern(pattern) {
  if (!pattern) {
    return undefined;
  }
  let source = String(pattern);
  let flags = '';
  const lead = /^\(\?([imsU]+)\)/.exec(source);
  if (lead) {
    source = source.slice(lead[0].length);
    if (lead[1].includes('i')) flags += 'i';
    if (lead[1].includes('m')) flags += 'm';
    if (lead[1].includes('s')) flags += 's';
  }
  source = source.replace(/\(\?P</g, '(?<').replace(/\\A/g, '^').replace(/\\z/g, '$');
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

/**
 * Compiles settings.capture into a predicate over {url, method, type}. Returns a function that
 * answers true when the request should be captured.
 */
export function compileCaptureFilter(captureSettings) {
  if (!captureSettings || !captureSettings.enabled) {
    return () => false;
  }
  const filter = captureSettings.filter ?? {};
  const include = compilePattern(filter.include);
  const exclude = compilePattern(filter.exclude);
  const methods = new Set((filter.methods ?? []).map((m) => String(m).toUpperCase()));
  const types = new Set((filter.types ?? []).map((t) => String(t).toLowerCase()));

  return ({ url, method, type }) => {
    if (methods.size > 0 && !methods.has(String(method).toUpperCase())) {
      return false;
    }
    if (types.size > 0 && !types.has(resourceGroup(type))) {
      return false;
    }
    // A pattern JavaScript could not compile (null) keeps the request: the host decides.
    if (include && !include.test(url)) {
      return false;
    }
    return !(exclude && exclude.test(url));
  };
}

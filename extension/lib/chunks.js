/**
 * Reassembles host messages the host split into `chunk` frames (contract 4.12): the `data` of
 * indexes 0..count-1 of one id, concatenated, is one message's JSON text.
 */
export class ChunkAssembler {
  constructor() {
    this.partial = new Map();
  }

  /** Returns the parsed whole message once its last chunk arrived, otherwise null. */
  accept(chunk) {
    const { id, index, count, data } = chunk;
    if (typeof id !== 'string' || !(count >= 2) || !(index >= 0 && index < count)) {
      throw new Error('chunk with bad id, index or count');
    }
    let entry = this.partial.get(id);
    if (!entry) {
      entry = { count, pieces: new Array(count), received: 0 };
      this.partial.set(id, entry);
    }
    if (entry.pieces[index] === undefined) {
      entry.pieces[index] = String(data ?? '');
      entry.received += 1;
    }
    if (entry.received < entry.count) {
      return null;
    }
    this.partial.delete(id);
    return JSON.parse(entry.pieces.join(''));
  }

  /** Drops partial messages, as when the port they came on closed. */
  clear() {
    this.partial.clear();
  }
}

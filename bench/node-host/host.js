// The smallest native messaging host: reads one frame from stdin and answers it with one frame.
// It is the comparison point for the cold-start benchmark.
'use strict';

let buffered = Buffer.alloc(0);

process.stdin.on('data', (chunk) => {
  buffered = Buffer.concat([buffered, chunk]);
  if (buffered.length < 4) {
    return;
  }
  const length = buffered.readUInt32LE(0);
  if (buffered.length < 4 + length) {
    return;
  }
  const message = JSON.parse(buffered.subarray(4, 4 + length).toString('utf8'));
  const reply = Buffer.from(JSON.stringify({ type: 'welcome', protocolVersion: 1, answers: message.type }));
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32LE(reply.length, 0);
  process.stdout.write(Buffer.concat([prefix, reply]));
  process.stdin.pause();
});
